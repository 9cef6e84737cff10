/**
 * Type-level: the generated resolver types line up with the domain model, so a schema enum or a
 * mapper cannot drift from src/domain without `tsc` failing. vitest runs these as no-ops: what
 * enforces them is the type check `npm test` runs first (`tsc --noEmit && vitest run`).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type * as Domain from '../../src/domain/determination.js';
import type { CaseRecord, UploadRecord, UploadStatus as DomainUploadStatus } from '../../src/domain/records.js';
import type { ErrorCode as DomainErrorCode } from '../../src/errors.js';
import type * as Generated from '../../src/graphql/generated/resolvers-types.js';
import type { CitationParent, ItemParent } from '../../src/graphql/parents.js';
import type { Principal } from '../../src/graphql/principal.js';

describe('generated resolver types', () => {
  it('give resolvers our records as parents', () => {
    expectTypeOf<Generated.ResolversParentTypes['Case']>().toEqualTypeOf<CaseRecord>();
    expectTypeOf<Generated.ResolversParentTypes['DisputedItem']>().toEqualTypeOf<ItemParent>();
    expectTypeOf<Generated.ResolversParentTypes['GuidelineCitation']>().toEqualTypeOf<CitationParent>();
    expectTypeOf<Generated.ResolversParentTypes['Upload']>().toEqualTypeOf<UploadRecord>();
    expectTypeOf<Generated.ResolversParentTypes['Viewer']>().toEqualTypeOf<Principal>();
    expectTypeOf<Generated.ResolversParentTypes['Treatment']>().toEqualTypeOf<Domain.Treatment>();
  });

  it('have the same enum values as the domain model', () => {
    expectTypeOf<Generated.Priority>().toEqualTypeOf<Domain.Priority>();
    expectTypeOf<Generated.Sex>().toEqualTypeOf<Domain.Sex>();
    expectTypeOf<Generated.ItemOutcome>().toEqualTypeOf<Domain.ItemOutcome>();
    expectTypeOf<Generated.CaseOutcome>().toEqualTypeOf<Domain.CaseOutcome>();
    expectTypeOf<Generated.CitedBy>().toEqualTypeOf<Domain.CitedBy>();
    expectTypeOf<Generated.GuidelineSource>().toEqualTypeOf<Domain.GuidelineSource>();
    expectTypeOf<Generated.LetterFormat>().toEqualTypeOf<Domain.LetterFormat>();
    expectTypeOf<Generated.TreatmentCategory>().toEqualTypeOf<Domain.TreatmentCategory>();
    expectTypeOf<Generated.UploadStatus>().toEqualTypeOf<DomainUploadStatus>();
    expectTypeOf<Generated.ErrorCode>().toEqualTypeOf<DomainErrorCode>();
  });

  it('let the domain objects stand for the schema types they mirror', () => {
    // `concept` is resolved from the vocabulary by the stored conceptId.
    expectTypeOf<Domain.Treatment>().toExtend<Omit<Generated.Treatment, '__typename' | 'concept'>>();
    expectTypeOf<Domain.Laterality>().toEqualTypeOf<Generated.Laterality>();
    expectTypeOf<Domain.Decision>().toExtend<Omit<Generated.Decision, '__typename'>>();
    expectTypeOf<Domain.ExpertReviewer>().toExtend<Omit<Generated.ExpertReviewer, '__typename'>>();
    expectTypeOf<Domain.InjuredWorker>().toExtend<Omit<Generated.InjuredWorker, '__typename'>>();
    expectTypeOf<Domain.ParseWarning>().toExtend<Omit<Generated.ParseWarning, '__typename'>>();
    expectTypeOf<Domain.PageRange>().toExtend<Omit<Generated.PageRange, '__typename'>>();
  });
});
