/**
 * Liveness and readiness over HTTP, for load balancers and orchestrators.
 * GET /healthz: the process answers. GET /readyz: the database answers and every configured
 * platform is connected (503 with the failing checks otherwise).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

export type ReadinessCheck = () => Promise<boolean> | boolean;

export interface HealthRoute {
  path: string;
  method: string;
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}

/** `checks` is read at each request, so platforms started later are included. */
export function healthRoutes(checks: () => Record<string, ReadinessCheck>): HealthRoute[] {
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(JSON.stringify(body));
  };
  return [
    { path: "/healthz", method: "GET", handler: (_req, res) => send(res, 200, { status: "ok" }) },
    {
      path: "/readyz",
      method: "GET",
      handler: (_req, res) => {
        void readiness(checks()).then((result) => send(res, result.ready ? 200 : 503, result));
      },
    },
  ];
}

export async function readiness(
  checks: Record<string, ReadinessCheck>,
): Promise<{ ready: boolean; checks: Record<string, boolean> }> {
  const results: Record<string, boolean> = {};
  await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      results[name] = await Promise.resolve()
        .then(check)
        .catch(() => false);
    }),
  );
  return { ready: Object.values(results).every(Boolean), checks: results };
}

/** A plain server for the health routes, when no Slack HTTP receiver serves them. */
export function startHealthServer(routes: HealthRoute[], port: number, host: string): Promise<Server> {
  const server = createServer((req, res) => {
    const route = routes.find((r) => r.method === req.method && r.path === (req.url ?? "").split("?")[0]);
    if (route) route.handler(req, res);
    else {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "not found" }));
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}
