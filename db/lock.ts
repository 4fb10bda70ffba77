import fs from 'node:fs';

/**
 * PGlite has no lock of its own, and two processes writing one data folder
 * silently lose rows. We take an exclusive lock file holding our pid; a lock
 * left by a process that no longer runs is taken over.
 */
export class DataFolderInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database folder ${dir} is already open in process ${pid}. ` +
        'Only one process may use it at a time: stop that process (for example the running server) ' +
        'or point this one at another folder with PGLITE_DIR.',
    );
    this.name = 'DataFolderInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireFolderLock(dir: string): () => void {
  const lockPath = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
      if (owner === process.pid) return () => {};
      if (Number.isFinite(owner) && isAlive(owner)) throw new DataFolderInUseError(dir, owner);
      fs.unlinkSync(lockPath); // stale: its process is gone
    }
  }
  throw new Error(`Could not lock ${dir}`);
}
