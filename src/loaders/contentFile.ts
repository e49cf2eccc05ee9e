import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import { relative } from 'node:path';
import type { ContentProblem } from '../lib/contentProblems';
import { parseContentYaml, parseFrontMatter, type YamlFile } from '../lib/yamlContent';

/**
 * The one place a content file is read from disk. Contributed files are untrusted, so only a regular
 * file is read (never a link, which could point outside the repository, nor a folder, device or pipe),
 * and never more than its size limit: a file cannot exhaust memory, hang a read, or make an error quote
 * a file from elsewhere. Every outcome is a value; nothing here throws for a file's content.
 */

/** A path as problems show it: relative to the folder the command runs in, with forward slashes. */
export const displayPath = (file: string) => relative(process.cwd(), file).split('\\').join('/');

/** The largest data file or guide section read. Experiences have their own, smaller limit. */
export const maxContentFileBytes = 1024 * 1024;

/** Why a directory entry is not a file that can be read, or undefined for a regular file. */
export function notARegularFile(stats: Stats): string | undefined {
  if (stats.isSymbolicLink()) {
    return 'is a symbolic link; content files must be ordinary files in the repository, so replace the link with a copy of the text it should hold';
  }
  if (stats.isDirectory()) return 'is a folder where a file belongs; move what it holds out and delete the folder';
  if (!stats.isFile()) return 'is not an ordinary file (a device, pipe or socket); delete it';
  return undefined;
}

/** Whether nothing at all is at a path (not even a broken link): an optional file that is simply not there. */
export function isMissing(path: string): boolean {
  try {
    lstatSync(path);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** The names in a folder, sorted; undefined when there is no folder. */
export function listFolder(folder: string): string[] | undefined {
  try {
    return readdirSync(folder).sort((a, b) => a.localeCompare(b));
  } catch {
    return undefined;
  }
}

const sizeText = (bytes: number) => {
  const [size, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'MB'] : [bytes / 1024, 'KB'];
  return `${Number.isInteger(size) ? size : size.toFixed(1)} ${unit}`;
};

/** How large a file may be, and how a message names such a file (`an experience file`). */
export interface SizeLimit {
  maxBytes: number;
  kind: string;
}

const contentFileLimit: SizeLimit = { maxBytes: maxContentFileBytes, kind: 'a content file' };

/** The bytes of a regular file within its size limit, or the problem that stops it being read. */
export function readContentBytes(path: string, { maxBytes, kind }: SizeLimit = contentFileLimit): { bytes?: Uint8Array; problems: ContentProblem[] } {
  const file = displayPath(path);
  const refuse = (message: string) => ({ problems: [{ file, message }] });
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    return refuse(
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'is missing; the site reads it, so restore it'
        : 'cannot be read; check that it is an ordinary file you can open',
    );
  }
  const notRegular = notARegularFile(stats);
  if (notRegular) return refuse(notRegular);
  let descriptor: number | undefined;
  try {
    // No following of a link swapped in since the check, and no waiting on a pipe.
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const opened = fstatSync(descriptor);
    const stillNotRegular = notARegularFile(opened);
    if (stillNotRegular) return refuse(stillNotRegular);
    const limit = `; ${kind} may be at most ${sizeText(maxBytes)}. Shorten it`;
    if (opened.size > maxBytes) return refuse(`the file is ${sizeText(opened.size)}${limit}`);
    // Read one byte past the limit, so a file that grows while it is read is still caught.
    const buffer = new Uint8Array(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(descriptor, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) return refuse(`the file is larger than ${sizeText(maxBytes)}${limit}`);
    return { bytes: buffer.subarray(0, length), problems: [] };
  } catch {
    return refuse('cannot be read; check that it is an ordinary file you can open');
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** A YAML content file, read safely, decoded, checked and parsed with every problem at its line. */
export function readYamlContent(path: string, limit: SizeLimit = contentFileLimit): YamlFile {
  const { bytes, problems } = readContentBytes(path, limit);
  if (!bytes) return { value: undefined, problems, locate: () => undefined };
  return parseContentYaml(bytes, displayPath(path));
}

/** The front matter of an MDX guide section, read safely and parsed like a YAML file. */
export function readFrontMatter(path: string): YamlFile {
  const { bytes, problems } = readContentBytes(path);
  if (!bytes) return { value: undefined, problems, locate: () => undefined };
  return parseFrontMatter(bytes, displayPath(path));
}
