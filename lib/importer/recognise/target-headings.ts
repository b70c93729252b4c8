import type { List } from "mdast";
import { plainText } from "../markdown";
import { kindOf } from "../sections";
import { clauseTargets, lineTargets } from "./target-lines";
import { topicTargets } from "./target-openings";
import { sentenceMetric, type SentenceMetric } from "./metric-sentences";

// Targets a document states outside a metrics section:
//  - a heading that names one target ("## Objetivo para la próxima revisión", "## Sprintziel", "## Goal
//    for Q3") over a paragraph: each sentence of that paragraph that compares a measure to a figure is
//    the target ("Bajar el abandono por debajo del 25 %");
//  - an entry of a notes or plain list labelled as a target ("- Cycle goal: conversion from 7.8% to 9%",
//    "- Meta del mes: cero accidentes"): the label says so, wherever the list stands. Task lists and
//    lists of a metrics section are read elsewhere (lists.ts, metrics.ts).

const TARGET_WORD = /^(?:target|goal|objective|objetivo|objectif|cible|ziel|zielwert|obiettivo|meta|doel|doelstelling|mål|tavoite|cíl|cel|目标|目標|목표)$/iu;
/** A label's word naming targets: a target word, its plural ("Targets for the project"), or a CJK compound ending in one ("本季度目标"). */
const LABEL_TARGET_WORD = /^(?:targets?|goals?|objectives?|objetivos?|objectifs?|cibles?|ziele?|zielwert|obiettiv[oi]|metas?|doel(?:en|stelling)?|mål|tavoite|cíl|cel)$|(?:目标|目標|목표)$/iu;
// German and Dutch compounds end in the word: "Sprintziel", "Quartalsziel", "Kwartaaldoel".
const COMPOUND = /\p{L}{3,}(?:ziel|doel)$/iu;

/** Whether a heading names one target: its first word (after numbering) is a target word, or a compound ending in one. */
export function namesOneTarget(heading: string): boolean {
  const words = heading.replace(/^[\s\d.)\-–—#*_]+/u, "").match(/[\p{L}\p{N}]+/gu) ?? [];
  const first = words[0] ?? "";
  return TARGET_WORD.test(first) || (words.length <= 3 && COMPOUND.test(first));
}

/** The targets of a paragraph under a heading that names a target: one set per sentence that states one. */
export function headedTargets(text: string): SentenceMetric[] {
  return text
    .split(/(?<=[.!?。])\s+/u)
    .flatMap((sentence) => clauseTargets(sentence.replace(/[.!?。]+$/u, "")));
}

/** The labelled targets of a list that is neither a task list nor in a metrics section, with each entry's index. */
export function labelledEntryTargets(list: List, heading: string): { index: number; metrics: SentenceMetric[] }[] {
  if (list.children.some((item) => typeof item.checked === "boolean") || kindOf(heading, null, null) === "metrics") return [];
  return list.children.flatMap((item, index) => {
    const first = item.children[0];
    if (first?.type !== "paragraph") return [];
    const text = plainText(first).replace(/\*\*|__|`/g, "");
    // Only a label that names a target ("Cycle goal:", "Meta del mes:"); "KR1:" lists are key results (metrics.ts).
    // "Targets for the project (from the Linear project description):": the parenthesis only says where they come from.
    const lead = (/^([^:：]{2,80})[:：]/u.exec(text)?.[1] ?? "").replace(/\([^()]*\)/g, " ").trim();
    if (lead.length > 48 || !(lead.match(/[\p{L}\p{N}]+/gu) ?? []).some((word) => LABEL_TARGET_WORD.test(word))) {
      // "クラッシュフリー率の目標は 99.8% 以上、ANR 率は 0.47% 未満": CJK names the target with a topic marker, no colon (target-openings.ts).
      const topics = topicTargets(text).flatMap((t) => sentenceMetric(`${t.name} ${t.clause}`) ?? []);
      return topics.length > 0 ? [{ index, metrics: topics }] : [];
    }
    const metrics = lineTargets(text);
    return metrics.length > 0 ? [{ index, metrics }] : [];
  });
}
