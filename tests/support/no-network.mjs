// Preload (node --import) that turns every network attempt into an error and a line on
// stderr, so a test can prove a tool ran offline: "network attempt: <what>".
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import process from 'node:process';

const refuse = (what) => {
  process.stderr.write(`network attempt: ${what}\n`);
  throw new Error(`No network in this run (${what}).`);
};
net.Socket.prototype.connect = function connect(...args) {
  return refuse(`connect ${JSON.stringify(args[0])}`);
};
dns.lookup = (host) => refuse(`dns ${host}`);
dns.promises.lookup = async (host) => refuse(`dns ${host}`);
http.request = (target) => refuse(`http ${String(target?.href ?? target?.host ?? target)}`);
https.request = (target) => refuse(`https ${String(target?.href ?? target?.host ?? target)}`);
http.get = http.request;
https.get = https.request;
