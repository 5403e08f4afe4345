/**
 * The program-of-study diagram: a table of levels (rows) by subject areas (columns, CTE last),
 * with credentials and work-based learning beside each level. The same grid as the PDF
 * (src/importers/program-pdf.ts), built by the same buildPosGrid. Under 600 px it becomes a
 * stacked list by level (PosStack.tsx); between that and the table's full width the table
 * scrolls sideways inside its own focusable region; the page does not.
 */
import { Link } from 'react-router-dom';
import type { TProgramDetail } from '../../contracts/program-api.ts';
import {
  buildPosGrid,
  type PosGrid,
  type PosGridChoice,
  type PosGridCourse,
  type PosGridCredential,
  type PosGridRow,
} from '../../domain/program/pos-grid.ts';
import { posLabels } from '../../domain/program/pos-labels.ts';
import {
  chooseText,
  credentialCreditText,
  earlyCreditText,
  earnText,
  issuedBy,
  validityText,
} from '../../domain/program/pos-texts.ts';
import { formatMessage } from '../i18n.ts';
import { occupationPath } from '../paths.ts';
import { creditsText } from '../program-labels.ts';
import { useLang } from '../use-lang.ts';
import { PosStack } from './PosStack.tsx';

export function PosCourse({ course }: { course: PosGridCourse }) {
  const { lang, t } = useLang();
  const labels = posLabels(lang);
  const cte = course.kind === 'cte';
  return (
    <li className={cte ? 'pos-course pos-course--cte' : 'pos-course'}>
      {course.code && (
        <>
          <span className="pos-course__code">{course.code}</span>{' '}
        </>
      )}
      <span className="pos-course__title">{course.title}</span>{' '}
      <span className="pos-course__credits">{creditsText(lang, course)}</span>
      {course.term && <span className="pos-course__term"> · {labels.term[course.term]}</span>}
      {cte && (
        <>
          {' '}
          <span className="badge badge--cte">
            {labels.words.cte}
            <span className="visually-hidden"> ({t.cteBadgeLong})</span>
          </span>
        </>
      )}
      {course.earlyCredit.map((credit) => (
        <span key={credit.id} className="pos-early">
          <span className="badge badge--early">
            <span aria-hidden="true">⇄ </span>
            {labels.agreement[credit.type]}
          </span>{' '}
          {earlyCreditText(lang, course.id, credit)}
          {credit.exam &&
            ` (${formatMessage(lang, labels.text.examNeeded, { exam: credit.exam })})`}
        </span>
      ))}
    </li>
  );
}

/** The courses of one cell: those every student takes, then each choice ("Choose 1 of 2"). */
export function PosCell({
  courses,
  choices,
}: {
  courses: readonly PosGridCourse[];
  choices: readonly PosGridChoice[];
}) {
  const { lang } = useLang();
  if (courses.length + choices.length === 0) return null;
  return (
    <ul className="pos-courses">
      {courses.map((course) => (
        <PosCourse key={course.id} course={course} />
      ))}
      {choices.map((choice, index) => (
        <li key={`choice-${index}`} className="pos-choice">
          <span className="pos-choice__title">
            {chooseText(lang, { choose: choice.choose, of: choice.courses.length })}
            {choice.note ? ` (${choice.note})` : ''}
            {choice.term ? ` · ${posLabels(lang).term[choice.term]}` : ''}:
          </span>
          <ul className="pos-courses pos-choice__courses">
            {choice.courses.map((course) => (
              <PosCourse key={course.id} course={course} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** A credential (★) with its type, issuer, validity, term and the college credit it earns. */
function PosCredential({ credential }: { credential: PosGridCredential }) {
  const { lang } = useLang();
  const labels = posLabels(lang);
  return (
    <li className="pos-credential">
      <span aria-hidden="true">★ </span>
      <strong>{credential.title}</strong> ({labels.credential[credential.type]}
      {credential.issuer && (
        <span className="pos-credential__issuer">
          , {issuedBy(lang, { type: credential.type, issuer: credential.issuer })}
        </span>
      )}
      {credential.validYears !== undefined && (
        <span className="pos-credential__validity">
          ; {validityText(lang, credential.validYears)}
        </span>
      )}
      )
      {credential.term && (
        <span className="pos-credential__term"> · {labels.term[credential.term]}</span>
      )}
      {(credential.earlyCredit ?? []).map((credit) => (
        <span key={credit.id} className="pos-early">
          <span className="badge badge--early">
            <span aria-hidden="true">⇄ </span>
            {labels.agreement[credit.type]}
          </span>{' '}
          {credentialCreditText(lang, credit)}
        </span>
      ))}
    </li>
  );
}

/** The credentials (★), choices of credentials and work-based learning (◆) of one level. */
export function PosSide({ row }: { row: PosGridRow }) {
  const { lang } = useLang();
  const labels = posLabels(lang);
  if (row.credentials.length + row.credentialChoices.length + row.workBasedLearning.length === 0)
    return null;
  return (
    <ul className="pos-side">
      {row.credentials.map((credential) => (
        <PosCredential key={credential.id} credential={credential} />
      ))}
      {row.credentialChoices.map((choice, index) => (
        <li key={`credential-choice-${index}`} className="pos-choice">
          <span className="pos-choice__title">
            {earnText(lang, { choose: choice.choose, of: choice.credentials.length })}
            {choice.note ? ` (${choice.note})` : ''}
            {choice.term ? ` · ${labels.term[choice.term]}` : ''}:
          </span>
          <ul className="pos-side pos-choice__courses">
            {choice.credentials.map((credential) => (
              <PosCredential key={credential.id} credential={credential} />
            ))}
          </ul>
        </li>
      ))}
      {row.exitOccupations.length > 0 && (
        <li className="pos-jobs">
          {labels.words.jobsHere}:{' '}
          {row.exitOccupations.map((job, index) => (
            <span key={job.code}>
              {index > 0 && ', '}
              <Link to={occupationPath(lang, job.code)} lang={job.titleLang}>
                {job.title}
              </Link>
            </span>
          ))}
        </li>
      )}
      {row.workBasedLearning.map((wbl, index) => (
        <li key={index} className="pos-wbl">
          <span aria-hidden="true">◆ </span>
          {labels.words.workBasedLearning}: {wbl.title}
          {wbl.employer ? `, ${wbl.employer}` : ''}
        </li>
      ))}
    </ul>
  );
}

/**
 * The diagram: a stacked list by level on a phone (under 600 px, see pos-diagram.css), the
 * level × subject table on wider screens and on paper. Only one of them is displayed, so
 * assistive technology meets one.
 */
export function PosDiagram({ program }: { program: Pick<TProgramDetail, 'steps' | 'title'> }) {
  const { lang, t } = useLang();
  const labels = posLabels(lang);
  const grid = buildPosGrid(program, (level) => labels.level[level]);
  const caption = formatMessage(lang, t.diagramCaption, { title: program.title });
  return (
    <>
      <PosStack grid={grid} caption={caption} />
      <PosTable grid={grid} caption={caption} />
    </>
  );
}

function PosTable({ grid, caption }: { grid: PosGrid; caption: string }) {
  const { lang, t } = useLang();
  const labels = posLabels(lang);
  return (
    <div
      className="pos-scroll pos-scroll--diagram"
      role="region"
      aria-labelledby="pos-caption"
      // Focusable, so keyboard users can scroll it when it is wider than the screen.
      tabIndex={0}
    >
      <table className="pos-table">
        <caption id="pos-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.words.level}</th>
            {grid.columns.map((subject) => (
              <th key={subject} scope="col" className={subject === 'cte' ? 'pos-col--cte' : ''}>
                {labels.subject[subject]}
              </th>
            ))}
            <th scope="col">{t.credentialsColumn}</th>
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.level} className={`pos-row pos-row--${row.level}`}>
              <th scope="row">{row.label}</th>
              {grid.columns.map((subject) => {
                return (
                  <td key={subject} className={subject === 'cte' ? 'pos-col--cte' : ''}>
                    <PosCell
                      courses={row.cells[subject] ?? []}
                      choices={row.choices[subject] ?? []}
                    />
                  </td>
                );
              })}
              <td>
                <PosSide row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the marks in the diagram mean. */
export function PosLegend() {
  const { lang } = useLang();
  const labels = posLabels(lang);
  return (
    <div className="pos-legend">
      <h3 className="pos-legend__title">{labels.words.legend}</h3>
      <ul>
        <li>
          <span className="badge badge--cte">{labels.words.cte}</span> {labels.legend.cte}
        </li>
        <li>
          <span className="badge badge--early">
            <span aria-hidden="true">⇄ </span>
            {labels.agreement.dual_credit}
          </span>{' '}
          {labels.legend.early}
        </li>
        <li>
          <span aria-hidden="true">★</span> {labels.legend.credential}
        </li>
        <li>
          <span aria-hidden="true">◆</span> {labels.legend.wbl}
        </li>
      </ul>
    </div>
  );
}
