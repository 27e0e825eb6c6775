# Runs the bundled Worker locally with workerd: `pnpm build`, then
#   UMMAH_WEBHOOK_PUBLIC_KEY="$(cat webhook-public-key.pem)" workerd serve workerd.capnp
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [(name = "main", worker = .webhookWorker)],
  sockets = [(name = "http", address = "127.0.0.1:8787", http = (), service = "main")],
);

const webhookWorker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "dist/worker.js")],
  compatibilityDate = "2025-01-01",
  bindings = [(name = "UMMAH_WEBHOOK_PUBLIC_KEY", fromEnvironment = "UMMAH_WEBHOOK_PUBLIC_KEY")],
);
