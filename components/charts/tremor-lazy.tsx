"use client";
// Tremor's parts (a RAG history strip, a service's RAG split) are loaded after
// the page rather than with it: with its tooltip engine and class merger a
// Tremor part is more than the few kB each page has left under its 150 kB of
// first-load JavaScript. What they show is on the page in words from the
// server's first render; the space they take is kept, so nothing moves.
import dynamic from "next/dynamic";

export const LazyRagTracker = dynamic(() => import("./rag-tracker").then((m) => m.RagTracker), { ssr: false });
export const LazyRagSplitBar = dynamic(() => import("./rag-split-bar").then((m) => m.RagSplitBar), { ssr: false });
