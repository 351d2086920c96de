import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { SectionViewStats } from "@/lib/views/get-section-view-stats";

const number = new Intl.NumberFormat("en");

/** Page views of the public section (last 30 days as bars) and its most viewed photos. */
export function SectionViewsCard({
  stats,
  filenames,
}: {
  stats: SectionViewStats;
  filenames: Record<string, string>;
}) {
  const peak = Math.max(1, ...stats.daily.map((d) => d.count));
  const top = Object.entries(stats.photos)
    .filter(([, totals]) => totals.last30 > 0)
    .sort(([, a], [, b]) => b.last30 - a.last30)
    .slice(0, 5);
  return (
    <Card>
      <CardHeader
        title="Views"
        description="Visits of the public page; bots are not counted. Days are UTC."
      />
      <CardBody className="space-y-5">
        <dl className="grid grid-cols-3 gap-3 text-center" aria-label="Page views">
          {(
            [
              ["Today", stats.today],
              ["7 days", stats.last7],
              ["30 days", stats.last30],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className="rounded-lg bg-zinc-50 px-2 py-2.5">
              <dt className="text-xs text-zinc-500">{label}</dt>
              <dd className="text-lg font-semibold text-zinc-900 tabular-nums">{number.format(value)}</dd>
            </div>
          ))}
        </dl>
        <div>
          <div
            className="flex h-14 items-end gap-[2px]"
            role="img"
            aria-label={`Page views per day over the last 30 days, ${number.format(stats.last30)} in all`}
          >
            {stats.daily.map((d) => (
              <div
                key={d.day}
                title={`${d.day}: ${d.count}`}
                className="min-h-px flex-1 rounded-sm bg-zinc-800/80"
                style={{ height: `${(d.count / peak) * 100}%`, opacity: d.count ? 1 : 0.25 }}
              />
            ))}
          </div>
          <p className="mt-1.5 text-xs text-zinc-500">
            {number.format(stats.total)} page views since the first.
          </p>
        </div>
        <div>
          <h3 className="text-sm font-medium text-zinc-900">Most opened photos, 30 days</h3>
          {top.length ? (
            <ol className="mt-2 space-y-1 text-sm">
              {top.map(([id, totals]) => (
                <li key={id} className="flex justify-between gap-3">
                  <span className="truncate text-zinc-600">{filenames[id] ?? id}</span>
                  <span className="text-zinc-900 tabular-nums">{number.format(totals.last30)}</span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="mt-1 text-sm text-zinc-500">No photo opened in the lightbox yet.</p>
          )}
        </div>
      </CardBody>
    </Card>
  );
}
