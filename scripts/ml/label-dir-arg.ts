import path from "node:path";

/** `--labels DIR` trains or evaluates on another folder of label files (default ml/labels). */
export function labelDirArg(argv = process.argv): string | undefined {
  const i = argv.indexOf("--labels");
  const dir = i >= 0 ? argv[i + 1] : undefined;
  if (i >= 0 && !dir) throw new Error("--labels needs a folder");
  return dir ? path.resolve(dir) : undefined;
}
