"use client";
// Tremor's Tracker for a RAG history: one square per month, its month and RAG
// word as the tooltip. Colour and hover only, so its callers always give the
// same months in words beside it (components/rag-history.tsx): the strip is
// hidden from assistive technology, the words are not.
import { Tracker } from "@tremor/react";

export function RagTracker({ blocks }: { blocks: { key: string; color: string; tooltip: string }[] }) {
  return <Tracker data={blocks} className="h-6 max-w-md" />;
}
