/**
 * The config.xml each test Syncthing starts from, and the check that what it runs with never leaves 127.0.0.1.
 *
 * `syncthing generate` writes a config with every outward feature on (global and local discovery, relays,
 * NAT traversal and STUN, crash reports, upgrades). It is edited here before the first start, because a
 * single start with those defaults would already announce the device to the internet and the LAN. The
 * generated file is edited rather than written from scratch: an element left out takes Syncthing's
 * default, which is "on" for every one of these.
 */

export interface LoopbackPeer {
  deviceId: string;
  name: string;
  /** The port its sync protocol listens on, on 127.0.0.1. */
  syncPort: number;
}

export interface LoopbackPlan {
  self: LoopbackPeer;
  peers: LoopbackPeer[];
  guiPort: number;
  apiKey: string;
  folder: { id: string; path: string; fsWatcherDelayS: number; rescanIntervalS: number };
}

/** Options that only ever reach past this machine; each value is the one that turns the feature off. */
const OUTWARD_OPTIONS: Record<string, string> = {
  globalAnnounceEnabled: 'false',
  localAnnounceEnabled: 'false',
  relaysEnabled: 'false',
  natEnabled: 'false',
  // STUN runs only with NAT traversal on and a keepalive above zero; both are off, for either to suffice.
  stunKeepaliveStartS: '0',
  // -1: usage reporting declined, so Syncthing neither sends reports nor asks.
  urAccepted: '-1',
  crashReportingEnabled: 'false',
  autoUpgradeIntervalH: '0',
  announceLANAddresses: 'false',
};

const tcpLoopback = (port: number): string => `tcp://127.0.0.1:${port}`;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Replaces every `<name>` element inside `<options>` with one element per value (none for an empty list).
 * Throws when the element is missing, so a Syncthing whose config names a feature differently is noticed
 * here instead of being left at its default.
 */
function setOption(xml: string, name: string, values: string[]): string {
  const start = xml.indexOf('<options>');
  const end = xml.indexOf('</options>');
  if (start < 0 || end < start) throw new Error('config.xml has no <options> section');
  const options = xml.slice(start, end);
  const element = new RegExp(`^([ \\t]*)<${name}>[^<]*</${name}>\\n`, 'gm');
  const found = [...options.matchAll(element)];
  if (found.length === 0) throw new Error(`config.xml from this Syncthing has no <${name}> option to turn off`);
  const indent = found[0]![1]!;
  let first = true;
  const edited = options.replace(element, () => {
    if (!first) return '';
    first = false;
    return values.map((value) => `${indent}<${name}>${escapeXml(value)}</${name}>\n`).join('');
  });
  return xml.slice(0, start) + edited + xml.slice(end);
}

/** The generated `<defaults>` template for `tag`: what Syncthing itself gives a folder or device added in its GUI. */
function defaultsTemplate(generated: string, tag: 'folder' | 'device'): string {
  const defaults = /<defaults>([\s\S]*?)<\/defaults>/.exec(generated)?.[1] ?? '';
  // The template device sits inside the template folder too; the top-level one follows </folder>.
  const after = tag === 'device' ? defaults.slice(defaults.indexOf('</folder>')) : defaults;
  const template = new RegExp(`\\n([ \\t]*)<${tag} [^>]*>[\\s\\S]*?\\n\\1</${tag}>`).exec(after)?.[0];
  if (!template) throw new Error(`config.xml from \`syncthing generate\` has no default ${tag} to start from`);
  return template;
}

/** Sets (or adds) attributes on the opening tag of `element`. */
function withAttributes(element: string, attributes: Record<string, string | number>): string {
  const open = /<(\w+) ([^>]*)>/.exec(element)!;
  let attrs = open[2]!;
  for (const [name, value] of Object.entries(attributes)) {
    const text = `${name}="${escapeXml(String(value))}"`;
    const existing = new RegExp(`\\b${name}="[^"]*"`);
    attrs = existing.test(attrs) ? attrs.replace(existing, () => text) : `${attrs} ${text}`;
  }
  return element.replace(open[0], `<${open[1]} ${attrs}>`);
}

function deviceXml(generated: string, peer: LoopbackPeer): string {
  const device = withAttributes(defaultsTemplate(generated, 'device'), { id: peer.deviceId, name: peer.name });
  const addressed = device.replace(/<address>[^<]*<\/address>/, `<address>${tcpLoopback(peer.syncPort)}</address>`);
  if (!addressed.includes(tcpLoopback(peer.syncPort))) throw new Error('the default device in config.xml has no <address> to set');
  return addressed;
}

function folderXml(generated: string, plan: LoopbackPlan): string {
  const { folder } = plan;
  const template = defaultsTemplate(generated, 'folder');
  const member = /\n([ \t]*)<device id="[^"]*"[^>]*>[\s\S]*?<\/device>/.exec(template);
  if (!member) throw new Error('the default folder in config.xml lists no device to replace');
  const members = [plan.self, ...plan.peers].map((peer) => member[0].replace(/id="[^"]*"/, `id="${escapeXml(peer.deviceId)}"`)).join('');
  return withAttributes(template.replace(member[0], () => members), {
    id: folder.id,
    label: folder.id,
    path: folder.path,
    type: 'sendreceive',
    rescanIntervalS: folder.rescanIntervalS,
    fsWatcherEnabled: 'true',
    fsWatcherDelayS: folder.fsWatcherDelayS,
  });
}

/**
 * The generated config, edited so the instance talks to nothing but its peers on 127.0.0.1: the listed
 * outward options off, one tcp listener on loopback, the GUI/REST on loopback with a known API key, every
 * device at a static loopback address, and the shared folder.
 */
export function loopbackConfig(generated: string, plan: LoopbackPlan): string {
  const guiAt = generated.indexOf('<gui ');
  const head = generated.slice(0, guiAt);
  const opening = /^<configuration version="\d+">\n/.exec(head);
  // Before <gui> a freshly generated config holds only its own device; anything else (a default folder,
  // another device) would be a shape this edit does not know, so refuse rather than guess.
  if (guiAt < 0 || !opening || (head.match(/<device /g) ?? []).length !== 1 || head.includes('<folder ')) {
    throw new Error('config.xml from `syncthing generate` does not have the expected shape (one device, no folder, then <gui>)');
  }
  const devices = [plan.self, ...plan.peers].map((peer) => deviceXml(generated, peer));
  let xml = opening[0].trimEnd() + folderXml(generated, plan) + devices.join('') + '\n    ' + generated.slice(guiAt);

  xml = xml.replace(/(<gui [^>]*>\s*<address>)[^<]*(<\/address>)/, `$1127.0.0.1:${plan.guiPort}$2`);
  xml = xml.replace(/(<gui [^>]*>[\s\S]*?<apikey>)[^<]*(<\/apikey>)/, `$1${escapeXml(plan.apiKey)}$2`);
  xml = xml.replace(/<gui enabled="true" tls="true"/, '<gui enabled="true" tls="false"');
  if (!xml.includes(`<address>127.0.0.1:${plan.guiPort}</address>`) || !xml.includes(`<apikey>${escapeXml(plan.apiKey)}</apikey>`)) {
    throw new Error('config.xml from `syncthing generate` has no <gui> address and API key to set');
  }

  xml = setOption(xml, 'listenAddress', [tcpLoopback(plan.self.syncPort)]);
  // The announce and STUN server lists stay as generated: unused with those features off, and Syncthing
  // refills an emptied list with "default" anyway.
  // A failed dial (the peer not listening yet, at start) is retried after 5 s, Syncthing's floor, not 60.
  xml = setOption(xml, 'reconnectionIntervalS', ['5']);
  // Lowering its own priority, Syncthing 1.19 moves its worker process into a process group of its own,
  // out of reach of the harness's group kill; the harness runs it under `nice` instead.
  xml = setOption(xml, 'setLowPriority', ['false']);
  xml = setOption(xml, 'startBrowser', ['false']);
  for (const [name, value] of Object.entries(OUTWARD_OPTIONS)) xml = setOption(xml, name, [value]);
  return xml;
}

/** The parts of `/rest/config` and `/rest/system/status` the outward check reads. */
export interface EffectiveSettings {
  config: {
    options: Record<string, unknown>;
    gui: { address?: unknown; enabled?: unknown };
    devices: Array<{ deviceID?: unknown; addresses?: unknown }>;
  };
  status: { connectionServiceStatus?: unknown; lastDialStatus?: unknown };
}

const LOOPBACK_LISTEN = /^tcp4?:\/\/127\.0\.0\.1:\d+$/;
/** A peer's address may carry a query (the tcp dialer ignores it; see SyncthingPair.setDevicePaused). */
const LOOPBACK_DIAL = /^tcp4?:\/\/127\.0\.0\.1:\d+(\?[\w=&]*)?$/;

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/**
 * Every way the running instance could reach past 127.0.0.1, by name; empty when there is none. Reads
 * the effective settings (after Syncthing's own defaults and migrations), not the file written, so a
 * default that turns a feature back on shows here.
 */
export function outwardFeatureProblems({ config, status }: EffectiveSettings): string[] {
  const problems: string[] = [];
  const options = config.options;
  for (const [name, off] of Object.entries(OUTWARD_OPTIONS)) {
    const value = options[name];
    const isOff = name === 'urAccepted' ? typeof value === 'number' && value < 0 : String(value) === off;
    if (!isOff) problems.push(`options.${name} is ${JSON.stringify(value)}, not ${off}`);
  }
  const listen = options['listenAddresses'];
  if (!Array.isArray(listen) || listen.length === 0 || !listen.every((address) => LOOPBACK_LISTEN.test(String(address)))) {
    problems.push(`options.listenAddresses is ${JSON.stringify(listen)}, not only tcp://127.0.0.1:PORT`);
  }
  if (!/^127\.0\.0\.1:\d+$/.test(String(config.gui.address))) {
    problems.push(`gui.address is ${JSON.stringify(config.gui.address)}, not 127.0.0.1:PORT`);
  }
  for (const device of config.devices) {
    const addresses = device.addresses;
    if (!Array.isArray(addresses) || !addresses.every((address) => LOOPBACK_DIAL.test(String(address)))) {
      problems.push(`device ${String(device.deviceID)} is reached at ${JSON.stringify(addresses)}, not only tcp://127.0.0.1:PORT`);
    }
  }
  const listeners = Object.keys(asRecord(status.connectionServiceStatus));
  if (listeners.length === 0 || !listeners.every((listener) => LOOPBACK_LISTEN.test(listener))) {
    problems.push(`system status lists listeners ${JSON.stringify(listeners)}, not only tcp://127.0.0.1:PORT`);
  }
  // Where it has actually dialled (relays would show as relay://, other hosts by their address).
  const dialled = Object.keys(asRecord(status.lastDialStatus)).filter((address) => !LOOPBACK_DIAL.test(address));
  if (dialled.length > 0) problems.push(`system status shows dials to ${JSON.stringify(dialled)}`);
  return problems;
}
