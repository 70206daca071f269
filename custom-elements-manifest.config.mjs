// `npm run analyze` writes ./custom-elements.json: read by Storybook's docs, editors and lit-analyzer.
import ts from 'typescript';

/**
 * Attribute and property types as the compiler sees them. The analyzer writes the name a
 * source gives a type (`CheckInMode`); editors and the docs need the values behind it, so a
 * union of string literals is spelled out in `expandedType` (`'couple' | 'solo'`). A field
 * initialised from a constant gets the type it lacks, and the constant's value as its
 * default (`20`, not `DEFAULT_ADJUST_SECONDS`).
 */
function resolveTypes() {
  return {
    name: 'resolve-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules.flatMap((mod) =>
        (mod.declarations ?? []).filter((decl) => decl.customElement).map((decl) => ({ path: mod.path, decl })),
      );
      const program = ts.createProgram(
        elements.map((e) => e.path),
        {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          moduleResolution: ts.ModuleResolutionKind.Bundler,
          experimentalDecorators: true,
          useDefineForClassFields: false,
          strict: true,
          skipLibCheck: true,
          noEmit: true,
        },
      );
      const checker = program.getTypeChecker();
      for (const { path, decl } of elements) {
        const source = program.getSourceFile(path);
        const node = source?.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === decl.name);
        if (!node) continue;
        const instance = checker.getTypeAtLocation(node);
        const fields = (decl.members ?? []).filter((m) => m.kind === 'field');
        for (const item of [...(decl.attributes ?? []), ...fields]) {
          const name = item.fieldName ?? (item.kind === 'field' ? item.name : undefined);
          const symbol = name && instance.getProperty(name);
          if (!symbol) continue;
          const type = checker.getTypeOfSymbolAtLocation(symbol, node);
          if (!item.type?.text) item.type = { text: checker.typeToString(type) };
          const initializer = symbol.valueDeclaration?.initializer;
          if (initializer && (ts.isIdentifier(initializer) || ts.isPropertyAccessExpression(initializer))) {
            const value = checker.getTypeAtLocation(initializer);
            if (value.isLiteral()) item.default = checker.typeToString(value);
          }
          const literals = stringLiterals(type);
          if (literals) item.expandedType = { text: literals.map((l) => `'${l}'`).join(' | ') };
        }
      }
    },
  };
}

/** The values of a union of string literals (undefined and null aside), or undefined. */
function stringLiterals(type) {
  const parts = (type.isUnion() ? type.types : [type]).filter(
    (t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)),
  );
  return parts.length > 0 && parts.every((t) => t.isStringLiteral()) ? parts.map((t) => t.value) : undefined;
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/react.ts'],
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
    resolveTypes(),
  ],
};
