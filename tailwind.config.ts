import type { Config } from "tailwindcss";

// Tremor 3 needs Tailwind 3 and its classes scanned from node_modules.
const config: Config = {
  content: [
    "./app/**/*.{ts,tsx}",
    "./components/**/*.{ts,tsx}",
    "./node_modules/@tremor/**/*.{js,ts,jsx,tsx}",
  ],
  theme: {
    extend: {
      colors: {
        tremor: {
          brand: { faint: "#eff6ff", muted: "#bfdbfe", subtle: "#60a5fa", DEFAULT: "#1d4ed8", emphasis: "#1e40af", inverted: "#ffffff" },
          background: { muted: "#f9fafb", subtle: "#f3f4f6", DEFAULT: "#ffffff", emphasis: "#374151" },
          border: { DEFAULT: "#e5e7eb" },
          ring: { DEFAULT: "#e5e7eb" },
          content: { subtle: "#6b7280", DEFAULT: "#4b5563", emphasis: "#374151", strong: "#111827", inverted: "#ffffff" },
        },
      },
    },
  },
  safelist: [
    {
      pattern: /^(bg|text|border|ring|stroke|fill)-(slate|gray|blue|sky|orange|purple|emerald|amber|rose|red|green)-(50|100|200|300|400|500|600|700|800|900)$/,
      variants: ["hover", "ui-selected"],
    },
  ],
  plugins: [],
};
export default config;
