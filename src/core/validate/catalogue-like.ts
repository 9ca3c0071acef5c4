/** What validation needs of an indicator catalogue (helper A's `Catalogue` fits). */
export interface CatalogueLike {
  readonly id: string;
  readonly name?: string;
  readonly indicators: readonly {
    readonly id: string;
    readonly name?: string;
    readonly scope?: string;
    readonly unit?: string;
  }[];
}
