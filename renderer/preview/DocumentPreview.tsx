import { Badge, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { Fragment, type CSSProperties, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { headerFill } from '../../shared/document/colors';
import { buildDocument } from '../../shared/document/build';
import { headingsOf, type Block } from '../../shared/document/model';
import { computeForecast } from '../../shared/forecast/engine';
import { ChartView } from '../forecast/ForecastCharts';
import type { ProjectSession } from '../project/projectSession';
import { useSessionSnapshot } from '../project/useProjectSession';
import classes from './DocumentPreview.module.css';

/**
 * The deliverable as HTML: the same document model the DOCX and PDF writers lay out, shown as
 * pages would read. It follows every edit; drafts show what is still to be completed.
 */
export function DocumentPreview({ session }: { session: ProjectSession }) {
  const { t } = useTranslation();
  const project = useDeferredValue(useSessionSnapshot(session).project);
  const [mode, setMode] = useState<'draft' | 'final'>('draft');
  const model = useMemo(() => buildDocument(project, { draft: mode === 'draft' }), [project, mode]);
  const forecast = useMemo(() => computeForecast(project), [project]);
  const { meta } = model;

  const render = (block: Block, index: number) => {
    switch (block.kind) {
      case 'heading': {
        const order = (block.level + 1) as 2 | 3 | 4;
        return (
          <Title key={index} order={order} id={`doc-${block.id}`} className={classes[`h${block.level}`]}>
            {block.number && <span className={classes.number}>{block.number} </span>}
            {block.text}
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
      case 'table': {
        const totalWidth = block.columns.reduce((a, c) => a + c.width, 0);
        return (
          <figure key={index} className={classes.figure}>
            <figcaption className={classes.caption}>{block.caption}</figcaption>
            <table className={classes.table}>
              <colgroup>
                {block.columns.map((c, i) => (
                  <col key={i} style={{ width: `${(c.width / totalWidth) * 100}%` }} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  {block.columns.map((c, i) => (
                    <th key={i} style={{ textAlign: c.align }}>
                      {c.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((row, r) => (
                  <tr key={r} className={row.emphasis === 'total' ? classes.total : undefined}>
                    {row.cells.map((cell, c) => (
                      <td key={c} style={{ textAlign: block.columns[c]?.align ?? 'left' }}>
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
            {block.note && <p className={classes.note}>{block.note}</p>}
          </figure>
        );
      }
      case 'chart':
        return (
          <figure key={index} className={classes.figure}>
            <ChartView kind={block.chart} forecast={forecast} height={280} />
            <figcaption className={classes.caption}>{block.caption}</figcaption>
          </figure>
        );
    }
  };

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
      <Paper
        withBorder
        shadow="sm"
        className={classes.page}
        data-testid="document-preview"
        lang={meta.languageTag}
        style={{ '--doc-accent': meta.accentColor, '--doc-header-fill': headerFill(meta.accentColor) } as CSSProperties}
      >
        {meta.draft && <div className={classes.watermark} aria-hidden>{model.labels.draft}</div>}
        <header className={classes.titlePage}>
          {meta.logo && <img className={classes.logo} src={`data:${meta.logo.mediaType};base64,${meta.logo.data}`} alt={meta.companyName} />}
          {meta.confidential && (
            <Badge color="red" variant="outline" mb="md">
              {model.labels.confidential}
            </Badge>
          )}
          <h1 className={classes.title}>{meta.title}</h1>
          <p className={classes.company}>{meta.companyName}</p>
          <dl className={classes.facts}>
            <dt>{model.labels.version}</dt>
            <dd>
              {meta.documentVersion} · {meta.date}
            </dd>
            {meta.authors.length > 0 && (
              <>
                <dt>{model.labels.authors}</dt>
                <dd>{meta.authors.join('; ')}</dd>
              </>
            )}
            {meta.preparedBy && (
              <>
                <dt>{model.labels.preparedBy}</dt>
                <dd>{meta.preparedBy}</dd>
              </>
            )}
          </dl>
        </header>
        <nav className={classes.toc} aria-label={model.labels.contents}>
          <h2 className={classes.tocTitle}>{model.labels.contents}</h2>
          <ol>
            {headingsOf(model).map((h) => (
              <li key={h.id} className={classes[`toc${h.level}`]}>
                <a href={`#doc-${h.id}`} onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(`doc-${h.id}`)?.scrollIntoView({ behavior: 'smooth' });
                }}>
                  {h.number} {h.text}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <article>{model.blocks.map(render)}</article>
      </Paper>
    </Stack>
  );
}
