/**
 * One course of the catalog: who offers it, its credit, the college credit it earns in high
 * school (or that high school students can earn for it), the credentials whose holders receive
 * its credit, what to take first, its pathways, and the approved programs of study that include it.
 */
import { useCallback, useRef } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { TCourseDetail } from '../../contracts/catalog.ts';
import { posLabels } from '../../domain/program/pos-labels.ts';
import { Breadcrumb } from '../components/Breadcrumb.tsx';
import { ErrorNotice, Loading } from '../components/Status.tsx';
import { formatMessage } from '../i18n.ts';
import { usePageSetup } from '../page-setup.ts';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { coursePath, credentialPath, isCatalogId, pathwayPath } from '../paths.ts';
import { creditsText } from '../program-labels.ts';
import { useApi } from '../use-api.ts';
import { useLang } from '../use-lang.ts';
import { fetchCourse } from './catalog-api.ts';
import {
  Fact,
  InForce,
  ProgramsSection,
  fillNodes,
  leadingCrumbs,
  pageColor,
} from './catalog-parts.tsx';

export function CoursePage() {
  const { id } = useParams();
  if (!isCatalogId(id)) return <NotFoundPage />;
  return <CourseLoader id={id} />;
}

function CourseLoader({ id }: { id: string }) {
  const { lang } = useLang();
  const state = useApi(
    useCallback((signal: AbortSignal) => fetchCourse(id, lang, signal), [id, lang]),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return state.error.notFound ? <NotFoundPage /> : <ErrorNotice error={state.error} />;
  return <CourseView course={state.data} />;
}

function CourseView({ course }: { course: TCourseDetail }) {
  const { lang, t } = useLang();
  const labels = posLabels(lang);
  const heading = useRef<HTMLHeadingElement>(null);
  usePageSetup(course.title, heading);
  const color = pageColor(course.programs);
  const secondary = course.level === 'secondary';
  const courseLink = (ref: TCourseDetail['prerequisites'][number]) => (
    <Link to={coursePath(lang, ref.id)}>
      {ref.code} {ref.title}
    </Link>
  );
  return (
    <article className="detail catalog-page" style={color ? { borderTopColor: color } : undefined}>
      <Breadcrumb
        items={[
          ...leadingCrumbs(lang, t, course.programs),
          { label: course.title, to: coursePath(lang, course.id) },
        ]}
      />
      <p className="eyebrow">
        <span
          className="code-badge catalog-page__code"
          style={color ? { backgroundColor: color } : undefined}
        >
          {course.code}
        </span>
        {secondary ? t.courseKindSecondary : t.courseKindPostsecondary}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {course.title}
      </h1>
      <p className="lead">
        {formatMessage(lang, t.courseOfferedBy, { institution: course.institution.name })}
      </p>

      <section aria-labelledby="course-facts">
        <h2 id="course-facts">{t.courseFacts}</h2>
        <dl className="facts">
          <Fact term={t.courseFactLevel}>
            {secondary ? labels.words.secondary : labels.words.postsecondary}
          </Fact>
          {course.code && <Fact term={t.courseFactCode}>{course.code}</Fact>}
          {course.kind === 'academic' && (
            <Fact term={t.courseFactSubject}>{labels.subject[course.subject]}</Fact>
          )}
          <Fact term={t.courseFactContent}>
            {course.kind === 'cte' ? t.courseContentCte : t.courseContentAcademic}
          </Fact>
          <Fact term={t.courseFactCredit}>{creditsText(lang, course)}</Fact>
          {course.grades && (
            <Fact term={t.courseFactGrades}>
              {course.grades.min === course.grades.max
                ? String(course.grades.min)
                : formatMessage(lang, t.courseGradesValue, course.grades)}
            </Fact>
          )}
          {course.scedCode && <Fact term={t.courseFactSced}>{course.scedCode}</Fact>}
          <Fact term={t.courseFactInstitution}>{course.institution.name}</Fact>
        </dl>
      </section>

      {course.creditAgreements.length > 0 && (
        <section aria-labelledby="course-early-credit">
          <h2 id="course-early-credit">{t.courseEarlyCredit}</h2>
          <ul className="sibling-list catalog-agreements">
            {course.creditAgreements.map((agreement) => (
              <li key={agreement.id}>
                {fillNodes(lang, secondary ? t.courseEarnsCredit : t.courseEarnedBy, {
                  type: labels.agreement[agreement.type],
                  credits: agreement.credits,
                  course: courseLink(agreement.course),
                  institution: agreement.institution,
                  exam: agreement.exam
                    ? formatMessage(lang, t.courseExam, {
                        exam: agreement.exam.name,
                        score: agreement.exam.minScore,
                      })
                    : '',
                })}{' '}
                <InForce agreement={agreement} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {course.credentialCredit.length > 0 && (
        <section aria-labelledby="course-credential-credit">
          <h2 id="course-credential-credit">{t.courseCredentialCredit}</h2>
          <ul className="sibling-list catalog-agreements">
            {course.credentialCredit.map((credit) => (
              <li key={credit.id}>
                {fillNodes(lang, t.courseCredentialHolders, {
                  credential: (
                    <Link to={credentialPath(lang, credit.credential.id)}>
                      {credit.credential.title}
                    </Link>
                  ),
                  credits: credit.credits,
                })}{' '}
                <InForce agreement={credit} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {course.prerequisites.length > 0 && (
        <section aria-labelledby="course-prerequisites">
          <h2 id="course-prerequisites">{t.coursePrerequisites}</h2>
          <ul className="sibling-list">
            {course.prerequisites.map((ref) => (
              <li key={ref.id}>{courseLink(ref)}</li>
            ))}
          </ul>
        </section>
      )}

      {course.corequisites.length > 0 && (
        <section aria-labelledby="course-corequisites">
          <h2 id="course-corequisites">{t.courseCorequisites}</h2>
          <ul className="sibling-list">
            {course.corequisites.map((ref) => (
              <li key={ref.id}>{courseLink(ref)}</li>
            ))}
          </ul>
        </section>
      )}

      {course.pathways.length > 0 && (
        <section aria-labelledby="course-pathways">
          <h2 id="course-pathways">{t.coursePathways}</h2>
          <ul className="sibling-list">
            {course.pathways.map((pathway) => (
              <li key={pathway.code}>
                <Link to={pathwayPath(lang, pathway.code)}>{pathway.title}</Link>{' '}
                <span className="muted">({pathway.code})</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <ProgramsSection
        id="course-programs"
        title={t.coursePrograms}
        none={t.courseProgramsNone}
        programs={course.programs}
      />
    </article>
  );
}
