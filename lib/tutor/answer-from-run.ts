/**
 * In a lab, point the learner from their latest run to the part of the lesson that explains it.
 * The run's own numbers are quoted as measured; the explanation is cut from the lesson's passages.
 */
import { citationFor } from './compose-answer';
import { retrieve } from './retrieve';
import { diagnoseRun, type RunContext, type RunExplainers, type RunFinding } from './run-diagnosis';
import type { TutorIndex } from './search-index';
import { splitSentences } from './tokenize';
import type { Citation, TutorAnswer } from './types';

/** The lesson passage that best explains a finding: its explainer's words, searched in its section. */
function lessonSentences(
  index: TutorIndex,
  f: RunFinding,
  query: string,
): { text: string; passageId: number; citation: Citation } | null {
  const r = retrieve(index, query);
  const hit = r.passages.find((p) => p.passage.sectionId === f.sectionId) ?? r.passages[0];
  if (!hit) return null;
  // A pattern row or key term is quoted whole; prose is cut to its first two sentences.
  const whole = hit.passage.kind === 'pattern' || hit.passage.kind === 'term';
  const text = whole ? hit.passage.text : splitSentences(hit.passage.text).slice(0, 2).join(' ');
  return { text, passageId: hit.passage.id, citation: citationFor(hit.passage) };
}

/**
 * A short answer about the latest run, or null when the run shows nothing the lesson explains.
 * `explainers` are the lesson's (which section explains each finding). Without an index, only the
 * measured evidence and the section link are given.
 */
export function answerFromRun(
  ctx: RunContext,
  explainers: RunExplainers,
  index?: TutorIndex | null,
): TutorAnswer | null {
  const finding = diagnoseRun(ctx, explainers)[0];
  if (!finding) return null;
  const title = index?.sections.find((s) => s.id === finding.sectionId)?.title ?? finding.sectionId;
  const fallback: Citation = { label: title, href: `#${finding.sectionId}`, sectionId: finding.sectionId };
  const query = explainers[finding.kind]?.query ?? '';
  const quoted = index && query ? lessonSentences(index, finding, query) : null;
  // passageId -1 marks the measured evidence: it comes from the run, not from the lesson.
  const sentences = [{ text: finding.evidence, passageId: -1 }];
  if (quoted) sentences.push({ text: quoted.text, passageId: quoted.passageId });
  return {
    kind: 'answer',
    text: sentences.map((s) => s.text).join(' '),
    sentences,
    citations: [quoted?.citation ?? fallback],
  };
}
