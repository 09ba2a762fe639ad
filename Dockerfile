# syntax=docker/dockerfile:1
# afterchat's image: build with every dependency, then ship dist/ and the production dependencies only.
# No Docker daemon runs on the development machines: scripts/ci-image.sh (called by .ci/run) repeats these
# steps in a clean folder and starts the result; keep the two in step (docs/deploy.md).

FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles its native module when no prebuilt binary can be fetched.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY src ./src
COPY adapters ./adapters
COPY bin ./bin
# postinstall generates the Prisma clients, prepare compiles to dist/ (a type error fails the build here).
RUN npm ci && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    DATABASE_URL=file:/app/data/afterchat.db
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/bin ./bin
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
# Liveness only (/healthz); orchestrators route traffic on readiness (/readyz: database and platforms).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form, node itself as PID 1 (no npm, no shell): SIGTERM from `docker stop` reaches the process,
# which stops cleanly (src/main.ts handles SIGTERM and SIGINT).
CMD ["node", "dist/src/main.js"]
