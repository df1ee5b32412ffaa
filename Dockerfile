# The simpul app image: builds the TypeScript and the web bundle, then runs
# `simpul build seeds --serve` (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY web ./web
COPY resources ./resources
COPY bin ./bin
RUN npm ci --ignore-scripts && npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
COPY seeds ./seeds
COPY cypher ./cypher
USER node
EXPOSE 3000
CMD ["node", "bin/simpul.js", "build", "seeds", "--serve"]
