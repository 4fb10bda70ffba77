# Pobyt: the web server (server.mjs on Next's standalone output) and, from the same image,
# the notification worker and the database scripts. See "Running in containers" in README.md.
#
#   docker build -t pobyt .
#
# The base image is an argument so that an office without access to Docker Hub can point it
# at its own registry: --build-arg NODE_IMAGE=registry.office.example/node:20-bookworm-slim
# (the same Node major as package.json's engines).
ARG NODE_IMAGE=node:20-bookworm-slim

# ---- dependencies: all of them, as the build needs next, typescript and esbuild -----------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# `npm install`, not `npm ci`: the registry lacks other platforms' @swc/core and @next/swc builds,
# so the committed lockfile misses them and `npm ci` refuses it (see README, "Two commands").
RUN npm install --no-audit --no-fund --loglevel=error

# ---- build: Next's standalone output plus what server.mjs and the scripts need, assembled in /out --
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# NEXT_OUTPUT_STANDALONE: only the image build asks Next for .next/standalone (next.config.ts).
RUN NEXT_OUTPUT_STANDALONE=1 NODE_ENV=production npx next build
# Next's standalone output leaves the static assets (and public/, which we do not have) to the deployer.
# Its generated server.js is dropped: server.mjs decides the client address (TRUSTED_PROXIES), server.js would not.
RUN cp -a .next/standalone/. /out/ \
 && cp -a .next/static /out/.next/static \
 && rm -f /out/server.js
# server.mjs with the files and packages it imports, and the worker, migrate, seed and admin-create
# scripts compiled by esbuild (a devDependency) with the packages they load: the runtime has neither
# tsx nor any devDependency. See the script's header.
RUN node scripts/build-standalone-extras.mjs /out
# Read at run time through process.cwd(), which file tracing follows only in part: the content pages (seed),
# the migrations (migrate, and every server start) and the PDF fonts. .data holds the e-mail outbox and
# SMS log when SMTP_URL / SMS_PROVIDER are not set (a shared volume in compose.yaml).
RUN mkdir -p /out/content /out/db/migrations /out/node_modules/dejavu-fonts-ttf/ttf /out/.data \
 && cp -a content/. /out/content/ \
 && cp -a db/migrations/. /out/db/migrations/ \
 && cp -a node_modules/dejavu-fonts-ttf/package.json /out/node_modules/dejavu-fonts-ttf/ \
 && cp -a node_modules/dejavu-fonts-ttf/ttf/. /out/node_modules/dejavu-fonts-ttf/ttf/

# ---- runtime --------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000
# Code is root's and read-only for the app; only .next (Next's ISR and image cache) and .data are the app's.
COPY --from=build /out ./
RUN chown -R node:node /app/.next /app/.data
USER node
EXPOSE 3000
# /api/health answers while the process serves requests (liveness; /api/ready also checks the database).
HEALTHCHECK --interval=15s --timeout=5s --start-period=40s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server-standalone.mjs"]
