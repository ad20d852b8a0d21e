/** Problems in plain words, each naming where it is; `role="alert"` so they are announced. */
export function ProblemList({ title, problems, testId }: { title: string; problems: readonly string[]; testId?: string }) {
  if (problems.length === 0) return null;
  return (
    <div class="problems" role="alert" data-testid={testId}>
      <p class="problems-title">{title}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
