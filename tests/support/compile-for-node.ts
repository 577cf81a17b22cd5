import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';

export interface Compiled {
  /** The compiled entry, runnable with plain `node`. */
  entry: string;
  cleanup(): Promise<void>;
}

/**
 * Transpiles `entry` and every relative import it reaches into a temp folder,
 * so a child process can start with plain node instead of paying for a
 * TypeScript loader on each of many restarts. Packages resolve through a link
 * to the repo's node_modules.
 */
export async function compileForNode(repoRoot: string, entry: string): Promise<Compiled> {
  const outRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'forlob-compiled-'));
  await fs.writeFile(path.join(outRoot, 'package.json'), JSON.stringify({ type: 'module' }));
  await fs.symlink(path.join(repoRoot, 'node_modules'), path.join(outRoot, 'node_modules'), 'junction');

  const seen = new Set<string>();
  const queue = [path.resolve(entry)];
  for (let source = queue.pop(); source !== undefined; source = queue.pop()) {
    if (seen.has(source)) continue;
    seen.add(source);
    const text = await fs.readFile(source, 'utf8');
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      if (fileName.startsWith('.'))
        queue.push(path.resolve(path.dirname(source), fileName.replace(/\.js$/, '.ts')));
    }
    const { outputText } = ts.transpileModule(text, {
      fileName: source,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2023,
        verbatimModuleSyntax: true,
      },
    });
    const target = path.join(outRoot, path.relative(repoRoot, source)).replace(/\.ts$/, '.js');
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, outputText);
  }
  return {
    entry: path.join(outRoot, path.relative(repoRoot, entry)).replace(/\.ts$/, '.js'),
    cleanup: () => fs.rm(outRoot, { recursive: true, force: true }),
  };
}
