/**
 * The one helper the library's compiled code imports: `__decorate`, for its `@property()` and
 * `@state()` fields. A field decorator is called with the prototype, the name and no
 * descriptor; one that returns a descriptor (a decorated accessor) has it defined back, as the
 * full helper does. Shared by every module, where the full helper came in each one's copy.
 */
type Decorator = (target: object, key: PropertyKey, descriptor?: PropertyDescriptor) => PropertyDescriptor | void;

export function __decorate(decorators: Decorator[], target: object, key: PropertyKey, descriptor?: PropertyDescriptor): PropertyDescriptor | undefined {
  for (let i = decorators.length; i--; ) descriptor = decorators[i](target, key, descriptor) || descriptor;
  if (descriptor) Object.defineProperty(target, key, descriptor);
  return descriptor;
}

// Types only, for the compiler's check of a class whose private field shares a name with a
// public property (the provider's `#store` and `store`); ES2022 output keeps `#store` as it is,
// so neither is ever called, and nothing is emitted for them.
export declare function __classPrivateFieldGet(receiver: unknown, state: unknown, kind: unknown, f?: unknown): unknown;
export declare function __classPrivateFieldSet(receiver: unknown, state: unknown, value: unknown, kind: unknown, f?: unknown): unknown;
