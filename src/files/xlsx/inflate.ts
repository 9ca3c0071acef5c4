import { inflateSync } from 'fflate';
import type { Inflate } from './zip-archive';

/**
 * Raw deflate through fflate (pure JavaScript: the same in Node and in the browser). The output
 * buffer is the part's declared size plus one byte; fflate never writes past it.
 */
export const fflateInflate: Inflate = (data, out) => inflateSync(data, { out });
