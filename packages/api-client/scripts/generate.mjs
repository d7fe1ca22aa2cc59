#!/usr/bin/env node
// Generates src/schema.ts (the API's types) from the backend's OpenAPI document.
//
//   node scripts/generate.mjs            rewrite src/schema.ts
//   node scripts/generate.mjs --check    exit 1 when src/schema.ts is stale (make test)
//   node scripts/generate.mjs --from F   read the document from the JSON file F instead
//
// The document comes from `backend/.venv/bin/python -m app.openapi_dump`, which only imports the
// application: no server, database or Redis is needed. Settings that the import might require get
// harmless dummy values, so the output never depends on this machine's .env or running services.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, "..");
const repo = resolve(pkg, "../..");
const target = join(pkg, "src/schema.ts");

const args = process.argv.slice(2);
const check = args.includes("--check");
const fromIndex = args.indexOf("--from");

function dumpOpenapi() {
  if (fromIndex >= 0) return readFileSync(args[fromIndex + 1], "utf8");
  const python = join(repo, "backend/.venv/bin/python");
  // A clean, fixed environment: the document must not vary with .env or the caller's shell.
  const scratch = mkdtempSync(join(tmpdir(), "protegrt-openapi-"));
  try {
    return execFileSync(python, ["-m", "app.openapi_dump"], {
      cwd: join(repo, "backend"),
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      env: {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        HOME: scratch,
        LANG: "C.UTF-8",
        ENVIRONMENT: "development",
        DATA_DIR: scratch,
        LOG_LEVEL: "WARNING",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const HEADER = `/**
 * GENERATED FILE, DO NOT EDIT. The ProtegRT API's types, from its OpenAPI document.
 * Regenerate with \`make api-client\` (packages/api-client/scripts/generate.mjs).
 */

`;

async function render(documentJson) {
  const ast = await openapiTS(JSON.parse(documentJson), {
    // Optional response fields stay optional, required ones required: what pydantic declares.
    alphabetize: true,
    exportType: false,
  });
  return HEADER + astToString(ast);
}

const output = await render(dumpOpenapi());
if (check) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // missing counts as stale
  }
  if (current !== output) {
    console.error(
      "packages/api-client/src/schema.ts no corresponde a la API actual del backend.\n" +
        "Regenéralo con `make api-client` y súbelo junto con el cambio del backend.",
    );
    process.exit(1);
  }
  console.log("api-client: src/schema.ts está al día con la API");
} else {
  writeFileSync(target, output);
  console.log(`api-client: escrito ${target.slice(repo.length + 1)} (${output.length} bytes)`);
}
