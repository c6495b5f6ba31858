import { render } from 'preact';
import blocks from '../reference-text.json';

/** The framework's limit: the same text as the real popup, rendered by Preact with nothing to compute. */
function ReferencePopup() {
  return (
    <main>
      {blocks.map(({ tag, text }, index) => {
        if (tag === 'h1') return <h1 key={index} elementtiming="headline">{text}</h1>;
        if (tag === 'h2') return <h2 key={index}>{text}</h2>;
        if (tag === 'h3') return <h3 key={index}>{text}</h3>;
        if (tag === 'li') return <li key={index}>{text}</li>;
        return <p key={index}>{text}</p>;
      })}
    </main>
  );
}

render(<ReferencePopup />, document.body);
