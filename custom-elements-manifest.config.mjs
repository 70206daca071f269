// `npm run analyze` writes ./custom-elements.json: read by Storybook's docs, editors and lit-analyzer.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'drop-private-members',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            // The analyzer reads `dispatchEvent(new SomeEvent(arg))` as an event named after
            // `arg`; the real names come from the @fires tags, all prefixed alliance-.
            if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('alliance-'));
            if (decl.members) {
              decl.members = decl.members.filter(
                (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_') && !m.name.startsWith('#'),
              );
            }
          }
        }
      },
    },
  ],
};
