import { Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { Fragment, type CSSProperties, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { headerFill } from '../../shared/document/colors';
import type { ChartData } from '../../shared/charts/definitions';
import { plotHeight } from '../../shared/charts/size';
import { buildDocument } from '../../shared/document/build';
import { captionEntry, captionsOf, captionText, headingLabel, headingsOf, type Block, type DocumentModel } from '../../shared/document/model';
import { fitTable } from '../../shared/layout/tables';
import { CHART, COLORS, FACES, FONT_FAMILIES, LIST_INDENT, SPACING, STYLES, TABLE, pageGeometry, type StyleName } from '../../shared/layout/theme';
import { ChartView } from '../forecast/ForecastCharts';
import type { ProjectSession } from '../project/projectSession';
import { useDeferredProject } from '../project/projectChecks';
import classes from './DocumentPreview.module.css';
import { measureOnCanvas, useDocumentFonts } from './documentFonts';

/**
 * The deliverable as HTML: the same document model the DOCX and PDF writers lay out, in the same
 * fonts, type sizes and column widths (the shared layout layer), as an A4 page column. It follows
 * every edit; drafts show what is still to be completed.
 */
export function DocumentPreview({ session }: { session: ProjectSession }) {
  const { t } = useTranslation();
  const project = useDeferredProject(session);
  const [mode, setMode] = useState<'draft' | 'final'>('draft');
  const model = useMemo(() => buildDocument(project, { draft: mode === 'draft' }), [project, mode]);

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <div>
          <Title order={2}>{t('preview.title')}</Title>
          <Text c="dimmed" mt={4}>
            {t('preview.intro')}
          </Text>
        </div>
        <SegmentedControl
          aria-label={t('preview.mode')}
          value={mode}
          onChange={(v) => setMode(v as 'draft' | 'final')}
          data={[
            { value: 'draft', label: t('preview.draft') },
            { value: 'final', label: t('preview.final') },
          ]}
        />
      </Group>
      <DocumentPages model={model} />
    </Stack>
  );
}

const geometry = pageGeometry('A4');
const pt = (points: number) => `${points}pt`;

/**
 * A chart's height in the preview: the export's plot height at the preview's type size (12 px to
 * the print's 8.5 pt) with room for the legend, so a timeline or a long waterfall is not squeezed.
 */
const previewChartHeight = (chart: ChartData) => (chart.horizontal ? Math.max(220, Math.round((plotHeight(chart, geometry.contentWidth) * 12) / CHART.fontSize) + 60) : 300);

/** The theme as CSS variables: one source for the type scale in print and on screen. */
function themeVariables(accent: string): CSSProperties {
  const variables: Record<string, string> = {
    '--doc-accent': accent,
    '--doc-header-fill': headerFill(accent),
    '--doc-ink': COLORS.ink,
    '--doc-muted': COLORS.muted,
    '--doc-rule': COLORS.rule,
    '--doc-placeholder': COLORS.placeholder,
    '--doc-page-width': pt(geometry.width),
    '--doc-margin-x': pt(geometry.margin.left),
    '--doc-text-width': pt(geometry.textWidth),
    '--doc-content-width': pt(geometry.contentWidth),
    '--doc-pad-x': pt(TABLE.padX),
    '--doc-pad-y': pt(TABLE.padY),
    '--doc-list-indent': pt(LIST_INDENT),
    '--doc-paragraph-after': pt(SPACING.paragraph.after),
  };
  for (const [name, style] of Object.entries(STYLES) as [StyleName, (typeof STYLES)[StyleName]][]) {
    const face = FACES[style.face];
    variables[`--doc-${name}-font`] = `'${FONT_FAMILIES[face.family]}', ${face.family === 'serif' ? 'Georgia, serif' : 'Arial, sans-serif'}`;
    variables[`--doc-${name}-size`] = pt(style.size);
    variables[`--doc-${name}-leading`] = pt(style.leading);
    variables[`--doc-${name}-weight`] = face.bold ? '700' : '400';
    variables[`--doc-${name}-style`] = face.italic ? 'italic' : 'normal';
    variables[`--doc-${name}-color`] = style.color;
  }
  return variables as CSSProperties;
}

function DocumentPages({ model }: { model: DocumentModel }) {
  const fontsReady = useDocumentFonts();
  const { meta, titlePage, labels } = model;
  // Refitted once the fonts are in, so widths are measured in them.
  const tables = useMemo(
    () => new Map(model.blocks.flatMap((b) => (b.kind === 'table' ? [[b, fitTable(b, geometry.contentWidth, measureOnCanvas)] as const] : []))),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fontsReady changes the measurements
    [model, fontsReady],
  );

  const render = (block: Block, index: number) => {
    switch (block.kind) {
      case 'contents':
        return (
          <nav key={index} className={classes.toc} aria-label={block.title}>
            <h2 className={classes.tocTitle}>{block.title}</h2>
            <ol>
              {headingsOf(model).map((h) => (
                <li key={h.id} className={classes[`toc${h.level}`]}>
                  <a
                    href={`#doc-${h.id}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(`doc-${h.id}`)?.scrollIntoView({ behavior: 'smooth' });
                    }}
                  >
                    {headingLabel(h)}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        );
      case 'captionList':
        return (
          <nav key={index} className={classes.toc} aria-label={block.title} data-testid="caption-list">
            <h2 className={classes.tocTitle}>{block.title}</h2>
            <ol>
              {captionsOf(model).map(({ id, caption }) => (
                <li key={id} className={classes.toc2}>
                  <a
                    href={`#doc-cap-${id}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(`doc-cap-${id}`)?.scrollIntoView({ behavior: 'smooth' });
                    }}
                  >
                    {captionEntry(labels, caption)}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        );
      case 'heading': {
        const order = (block.level + 1) as 2 | 3 | 4;
        return (
          <Title key={index} order={order} id={`doc-${block.id}`} className={classes[`h${block.level}`]}>
            {headingLabel(block)}
          </Title>
        );
      }
      case 'paragraph':
        return (
          <p key={index} className={classes.paragraph}>
            {block.text}
          </p>
        );
      case 'list': {
        const List = block.ordered ? 'ol' : 'ul';
        return (
          <List key={index} className={classes.list}>
            {block.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </List>
        );
      }
      case 'placeholder':
        return (
          <p key={index} className={classes.placeholder}>
            {block.text}
          </p>
        );
      case 'table':
        return (tables.get(block) ?? []).map((part, p) => (
          <figure key={`${index}-${p}`} className={classes.figure} data-testid={`table-${block.id}`} id={p === 0 ? `doc-cap-${block.id}` : undefined}>
            <figcaption className={classes.caption}>{captionText(labels, part.caption, part.continued)}</figcaption>
            <table className={classes.table}>
              <colgroup>
                {part.columns.map((c, i) => (
                  <col key={i} style={{ width: pt(c.width) }} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  {part.columns.map((c, i) => (
                    <th key={i} style={{ textAlign: c.align }}>
                      {c.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {part.rows.map((row, r) => (
                  <tr key={r} className={row.emphasis === 'total' ? classes.total : undefined}>
                    {row.cells.map((cell, c) => (
                      <td key={c} style={{ textAlign: part.columns[c]?.align ?? 'left' }}>
                        {cell.split('\n').map((line, l) => (
                          <Fragment key={l}>
                            {l > 0 && <br />}
                            {line}
                          </Fragment>
                        ))}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {part.note && <p className={classes.note}>{part.note}</p>}
          </figure>
        ));
      case 'chart':
        return (
          <figure key={index} className={classes.figure} id={`doc-cap-${block.id}`}>
            <ChartView data={block.chart} label={captionText(labels, block.caption)} height={previewChartHeight(block.chart)} />
            <figcaption className={classes.caption}>{captionText(labels, block.caption)}</figcaption>
          </figure>
        );
    }
  };

  return (
    <Paper withBorder shadow="sm" className={classes.page} data-testid="document-preview" lang={meta.languageTag} style={themeVariables(meta.accentColor)}>
      {meta.draft && (
        // Drawn by CSS from the attribute: a watermark is faint by design, and it is not text to read.
        <div className={classes.watermark} aria-hidden data-watermark={labels.draft} />
      )}
      <header className={classes.titlePage}>
        {titlePage.logo && <img className={classes.logo} src={`data:${titlePage.logo.mediaType};base64,${titlePage.logo.data}`} alt={titlePage.company} />}
        {titlePage.confidential && <p className={classes.confidential}>{titlePage.confidential}</p>}
        <h1 className={classes.title}>{titlePage.title}</h1>
        <p className={classes.company}>{titlePage.company}</p>
        <dl className={classes.facts}>
          {titlePage.facts.map((fact) => (
            <Fragment key={fact.label}>
              <dt>{fact.label}</dt>
              {fact.lines.map((line, i) => (
                <dd key={i}>{line}</dd>
              ))}
            </Fragment>
          ))}
        </dl>
      </header>
      <article>{model.blocks.map(render)}</article>
    </Paper>
  );
}
