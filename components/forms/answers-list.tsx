import { Link } from '@/i18n/navigation';
import type { AnswerSection } from '@/lib/forms/engine/answers';
import { answerTextFormatter } from './answer-text';

/** Every answer by section; with `changeBase`, each row links back to its field (check your answers). */
export async function AnswersList({ sections, changeBase }: { sections: AnswerSection[]; changeBase?: string }) {
  const f = await answerTextFormatter();
  return (
    <>
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={`answers-${s.id}`}>
          <h2 id={`answers-${s.id}`}>{f.tr(s.title)}</h2>
          <dl className="answers">
            {s.rows.map((row) => {
              const [sectionId, ...rest] = row.path.split('.');
              return (
                <div key={row.path} className="answer-row">
                  <dt>{f.label(row)}</dt>
                  <dd>{f.value(row)}</dd>
                  {changeBase ? (
                    <dd>
                      <Link href={`${changeBase}/${sectionId}?from=check#${sectionId}-${rest.join('-')}`}>
                        {f.tr('forms.engine.change')}
                        <span className="visually-hidden"> {f.label(row)}</span>
                      </Link>
                    </dd>
                  ) : null}
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </>
  );
}
