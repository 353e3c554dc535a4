// Worker threads start without the TypeScript loader the seed runs under (tsx): register it, then
// run the worker itself. See lib/corpus/read-in-parallel.ts.
import { register } from "tsx/esm/api";

register();
await import("./read-worker.ts");
