import { protocol, type Session } from 'electron';
import { readAppAsset } from './app-assets';
import { appResponseHeaders, APP_SCHEME } from './security-policy';

/** Must run before the app is ready: app:// behaves like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: false } },
  ]);
}

/** Serves the built renderer from app://, never from file:// and never from the network. */
export function serveRenderer(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405 });
    const asset = await readAppAsset(rendererRoot, request.url);
    if (!asset) return new Response('Not found', { status: 404, headers: appResponseHeaders('text/plain; charset=utf-8') });
    return new Response(asset.body, { status: 200, headers: appResponseHeaders(asset.contentType) });
  });
}
