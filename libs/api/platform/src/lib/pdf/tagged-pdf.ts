/**
 * Accessible PDF documents (tagged structure, language, title) with pdfkit's built-in fonts, shared
 * by every document the product prints: carved packages, coaching logbooks, monitor reports.
 */
import PDFDocument from 'pdfkit';

/** Characters beyond Latin-1 that the built-in fonts' WinAnsi encoding still has. */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'.split(''));

/**
 * The built-in Helvetica only has WinAnsi glyphs. Other characters (e.g. from a unit name) are
 * reduced to their base letter where there is one (ő becomes o) or else to '?', and the thin
 * spaces Intl may use become no-break spaces, so nothing prints as a wrong glyph.
 */
export function pdfText(text: string): string {
  let result = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x202f || code === 0x2009 || code === 0x2007) {
      result += '\u00a0';
    } else if (code <= 0xff || WIN_ANSI_EXTRAS.has(char)) {
      result += char;
    } else {
      const base = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      result += [...base].every((c) => (c.codePointAt(0) ?? 0) <= 0xff)
        ? base
        : '?';
    }
  }
  return result;
}

export const MARGIN = 50;
export const FONT = 'Helvetica';
export const FONT_BOLD = 'Helvetica-Bold';
export const BODY_SIZE = 10;
const RULE_COLOUR = '#b0b0b0';
const HEADER_FILL = '#eeeeee';

export type Doc = PDFKit.PDFDocument;
export type Align = 'left' | 'right';
const NOTE_COLOUR = '#555555';
type StructElement = PDFKit.PDFStructureElement;

/** Writes tagged content in reading order under one Document element. */
export class TaggedWriter {
  private readonly root: StructElement;

  constructor(private readonly doc: Doc) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  get width(): number {
    return this.doc.page.width - MARGIN * 2;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page when less than `height` points are left. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) {
      this.doc.addPage();
    }
  }

  heading(text: string, level: 1 | 2): void {
    const size = level === 1 ? 18 : 12.5;
    this.ensureSpace(level === 1 ? 40 : 60);
    if (level === 2) this.doc.moveDown(0.8);
    this.element(level === 1 ? 'H1' : 'H2', () => {
      this.doc
        .font(FONT_BOLD)
        .fontSize(size)
        .fillColor('black')
        .text(pdfText(text), MARGIN, this.doc.y, { width: this.width });
    });
    this.doc.moveDown(0.3);
  }

  paragraph(
    text: string,
    options: { size?: number; colour?: string } = {},
  ): void {
    this.element('P', () => {
      this.doc
        .font(FONT)
        .fontSize(options.size ?? BODY_SIZE)
        .fillColor(options.colour ?? 'black')
        .text(pdfText(text), MARGIN, this.doc.y, { width: this.width });
    });
    this.doc.fillColor('black');
  }

  /** "Label: value" lines. */
  facts(rows: ReadonlyArray<readonly [string, string]>): void {
    for (const [label, value] of rows) {
      this.element('P', () => {
        this.doc
          .font(FONT_BOLD)
          .fontSize(BODY_SIZE)
          .text(`${pdfText(label)}: `, MARGIN, this.doc.y, {
            width: this.width,
            continued: true,
          })
          .font(FONT)
          .text(pdfText(value));
      });
    }
  }

  /** The kind of document, small and grey above its title (e.g. "WERKPAKKET"). */
  overline(text: string): void {
    this.paragraph(text.toUpperCase(), { size: 9, colour: NOTE_COLOUR });
  }

  /** Vertical white space of `lines` text lines. */
  space(lines: number): void {
    this.doc.moveDown(lines);
  }

  /** Small grey text for notes on what a document leaves out or assumes. */
  note(text: string): void {
    this.paragraph(text, { size: 8.5, colour: NOTE_COLOUR });
  }

  list(items: readonly string[]): void {
    const list = this.doc.struct('L');
    this.root.add(list);
    for (const item of items) {
      list.add(
        this.doc.struct('LI', {}, [
          () => {
            this.doc
              .font(FONT)
              .fontSize(BODY_SIZE)
              .text(`\u2022  ${pdfText(item)}`, MARGIN + 8, this.doc.y, {
                width: this.width - 8,
                indent: 0,
              });
          },
        ]),
      );
    }
    list.end();
  }

  /**
   * A table whose header row repeats on every page. `widths` are fractions of the text width;
   * `align` per column.
   */
  table(
    header: readonly string[],
    rows: ReadonlyArray<readonly string[]>,
    widths: readonly number[],
    align: readonly Align[],
    boldLastRow = false,
  ): void {
    const doc = this.doc;
    const padding = 4;
    const columnWidths = widths.map((w) => w * this.width);
    const columnX = columnWidths.map(
      (_, i) => MARGIN + columnWidths.slice(0, i).reduce((a, b) => a + b, 0),
    );
    const table = doc.struct('Table');
    this.root.add(table);

    const rowHeight = (cells: readonly string[], bold: boolean): number =>
      Math.max(
        ...cells.map((cell, i) => {
          doc.font(bold ? FONT_BOLD : FONT).fontSize(BODY_SIZE);
          return doc.heightOfString(pdfText(cell), {
            width: columnWidths[i] - padding * 2,
          });
        }),
      ) +
      padding * 2;

    const drawRow = (
      cells: readonly string[],
      kind: 'TH' | 'TD',
      bold: boolean,
    ): void => {
      const height = rowHeight(cells, bold);
      const top = doc.y;
      this.artifact(() => {
        if (kind === 'TH') {
          doc.rect(MARGIN, top, this.width, height).fill(HEADER_FILL);
          doc.fillColor('black');
        }
        doc
          .moveTo(MARGIN, top + height)
          .lineTo(MARGIN + this.width, top + height)
          .lineWidth(0.5)
          .strokeColor(RULE_COLOUR)
          .stroke();
      });
      const row = doc.struct('TR');
      table.add(row);
      cells.forEach((cell, i) => {
        row.add(
          doc.struct(kind, {}, [
            () => {
              doc
                .font(bold ? FONT_BOLD : FONT)
                .fontSize(BODY_SIZE)
                .fillColor('black')
                .text(pdfText(cell), columnX[i] + padding, top + padding, {
                  width: columnWidths[i] - padding * 2,
                  align: align[i],
                  lineBreak: true,
                });
            },
          ]),
        );
      });
      row.end();
      doc.x = MARGIN;
      doc.y = top + height;
    };

    this.ensureSpace(
      rowHeight(header, true) + rowHeight(rows[0] ?? header, false),
    );
    drawRow(header, 'TH', true);
    rows.forEach((cells, index) => {
      const bold = boldLastRow && index === rows.length - 1;
      if (doc.y + rowHeight(cells, bold) > this.bottom) {
        doc.addPage();
        drawRow(header, 'TH', true);
      }
      drawRow(cells, 'TD', bold);
    });
    table.end();
    doc.moveDown(0.5);
  }

  end(): void {
    this.root.end();
  }

  private element(type: string, draw: () => void): void {
    this.root.add(this.doc.struct(type, {}, [draw]));
  }

  /** Decoration that assistive technology should skip. */
  private artifact(draw: () => void): void {
    const { x, y } = this.doc;
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
    this.doc.x = x;
    this.doc.y = y;
  }
}

export interface TaggedPdfOptions {
  /** BCP 47, e.g. 'nl-NL'. */
  lang: string;
  title: string;
  subject: string;
  author: string;
  createdAt: Date;
  /** Tests switch compression off to read the text. */
  compress?: boolean;
}

/** Renders an A4 tagged PDF: `write` fills it through the writer, in reading order. */
export function renderTaggedPdf(
  options: TaggedPdfOptions,
  write: (writer: TaggedWriter, doc: Doc) => void,
): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      lang: options.lang,
      tagged: true,
      displayTitle: true,
      compress: options.compress ?? true,
      info: {
        // Metadata strings are Unicode in the PDF, so they need no font-safe reduction.
        Title: options.title,
        Subject: options.subject,
        Author: options.author,
        CreationDate: options.createdAt,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      const writer = new TaggedWriter(doc);
      write(writer, doc);
      writer.end();
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}
