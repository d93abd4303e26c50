import guide from '../../../messages/guides/vi/install-app.json';

/** The guide's text in plain elements: no components, styles or scripts of the app's own. */
export default function Page() {
  return (
    <main>
      <h1>{guide.title}</h1>
      <p>{guide.summary}</p>
      <ul>
        {guide.youWillNeed.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <ol>
        {guide.steps.map((step) => (
          <li key={step.title}>
            <h2>{step.title}</h2>
            {step.body.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </li>
        ))}
      </ol>
    </main>
  );
}
