import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileError, MAX_FILE_BYTES, type FileReadError } from './errors';

/**
 * Node only: the one way the CLI and the library read an input file (.xlsx, .csv, any kind), so every
 * kind gets the same refusals. Only a regular file is read: a directory, a named pipe (FIFO), a device
 * (a `.csv` that is a link to /dev/zero would never end, a FIFO would wait forever) or a socket is an
 * error value, never a read. At most MAX_FILE_BYTES are read, even from a file that grows while read.
 */
export async function readInputBytes(path: string): Promise<Uint8Array | FileReadError> {
  const name = basename(path);
  try {
    // stat follows links: a link to /dev/zero is judged as the device it names.
    const info = await stat(path);
    if (!info.isFile()) return fileError('FILE_NOT_REGULAR', name);
    if (info.size > MAX_FILE_BYTES) return tooLarge(name, info.size);
  } catch (error) {
    return openError(error, name);
  }
  // O_NONBLOCK: should the name be swapped for a FIFO after stat, opening it does not wait for a writer.
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return openError(error, name);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return fileError('FILE_NOT_REGULAR', name);
    if (info.size > MAX_FILE_BYTES) return tooLarge(name, info.size);
    // One byte more than the limit tells a file that grew past it from one that fits exactly.
    const buffer = new Uint8Array(Math.min(info.size, MAX_FILE_BYTES) + 1);
    let length = 0;
    for (;;) {
      // Full: a file that grew while read. Past the limit it is refused; under it, what it held is read.
      if (length === buffer.length)
        return length > MAX_FILE_BYTES ? tooLarge(name, length) : buffer.subarray(0, info.size);
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    return openError(error, name);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function tooLarge(name: string, size: number): FileReadError {
  return fileError('FILE_TOO_LARGE', name, {
    size: Math.round(size / 1024 / 1024),
    limit: MAX_FILE_BYTES / 1024 / 1024,
  });
}

function openError(error: unknown, name: string): FileReadError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return fileError('FILE_NOT_FOUND', name);
  if (code === 'EISDIR') return fileError('FILE_NOT_REGULAR', name);
  return fileError('FILE_UNREADABLE', name);
}
