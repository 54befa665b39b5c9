import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import rehypeShiki from '@shikijs/rehype';
import remarkGfm from 'remark-gfm';
import * as runtime from 'react/jsx-runtime';
import type { Lesson } from '@/lib/lesson/types';
import { lessonMdxComponents } from './mdx-components';
import { shikiOptions } from './shiki-options';

/**
 * Renders one section's MDX on the server at build time. Code is highlighted here by Shiki, so no
 * highlighter ships to the browser.
 */
export async function MdxSection({ lesson, file }: { lesson: Lesson; file: string }) {
  const source = await readFile(path.join(process.cwd(), 'lessons', lesson.slug, 'sections', file), 'utf8');
  const { default: Content } = await evaluate(source, {
    ...runtime,
    remarkPlugins: [remarkGfm],
    rehypePlugins: [[rehypeShiki, shikiOptions]],
  });
  return <Content components={lessonMdxComponents(lesson)} />;
}
