/**
 * Every tag with its count (`library/tags`), for the tag filter and the tag editor's suggestions.
 *
 * Asked for only once `enabled` (the popup enables it after its first rows are painted): the first
 * answer makes the background read the whole library into memory, which should not compete with the
 * first page of rows. That read also makes the first search quick.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messaging/send';
import { useLibraryChanged } from './use-library-changed';

export interface TagCount {
  tag: string;
  count: number;
}

export function useTags(enabled = true): TagCount[] {
  const [tags, setTags] = useState<TagCount[]>([]);
  const load = useCallback(() => {
    if (!enabled) return;
    void sendMessage({ type: 'library/tags' }).then((answer) => {
      if (answer.ok) setTags(answer.tags);
    });
  }, [enabled]);
  useEffect(load, [load]);
  useLibraryChanged(load, 250);
  return tags;
}
