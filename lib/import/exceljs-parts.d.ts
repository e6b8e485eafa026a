// The parts of exceljs 4.4 that xlsx-fast.ts uses which its typings do not
// declare: the parsers ("xforms") its whole-workbook load runs on each part,
// and its date helpers.
declare module "exceljs/lib/xlsx/xform/book/workbook-xform.js" {
  export default class WorkbookXform {
    parseStream(stream: NodeJS.ReadableStream): Promise<{
      sheets?: { name: string; id: number; rId: string; state?: string }[];
      properties?: { date1904?: boolean };
    }>;
  }
}

declare module "exceljs/lib/xlsx/xform/core/relationships-xform.js" {
  export default class RelationshipsXform {
    parseStream(stream: NodeJS.ReadableStream): Promise<{ Id: string; Target: string; Type?: string }[]>;
  }
}

declare module "exceljs/lib/xlsx/xform/strings/shared-strings-xform.js" {
  export default class SharedStringsXform {
    parseStream(stream: NodeJS.ReadableStream): Promise<unknown>;
    getString(index: number): unknown;
  }
}

declare module "exceljs/lib/xlsx/xform/style/styles-xform.js" {
  export default class StylesXform {
    parseStream(stream: NodeJS.ReadableStream): Promise<unknown>;
    getStyleModel(id: number): { numFmt?: string } | undefined;
  }
}

declare module "exceljs/lib/utils/utils.js" {
  const utils: {
    excelToDate(v: number, date1904?: boolean): Date;
    isDateFmt(fmt: string | undefined): boolean;
  };
  export default utils;
}

declare module "exceljs/lib/utils/parse-sax.js" {
  export default function parseSax(iterable: AsyncIterable<unknown> | NodeJS.ReadableStream): AsyncGenerator<unknown[]>;
}
