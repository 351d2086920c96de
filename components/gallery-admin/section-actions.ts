import type { ActionResult } from "@/lib/actions/safe-action";
import type {
  AddSectionItemsInput,
  CreateSectionInput,
  ReorderSectionsInput,
  SetSectionItemsInput,
  UpdateSectionInput,
} from "@/lib/gallery/sections/section-schemas";

type InModel = { modelSlug: string };
type InSection = InModel & { sectionSlug: string };

/**
 * The server actions the gallery editor calls. The page passes them down as props (components never
 * import routes); `app/(admin)/admin/galleries/section-actions.ts` is the implementation.
 */
export type SectionActions = {
  createSection(input: InModel & CreateSectionInput): Promise<ActionResult<{ slug: string; title: string }>>;
  updateSection(
    input: InSection & { changes: UpdateSectionInput },
  ): Promise<ActionResult<{ slug: string; published: boolean; coverId: string | null }>>;
  deleteSection(input: InSection): Promise<ActionResult<{ title: string }>>;
  reorderSections(input: InModel & ReorderSectionsInput): Promise<ActionResult<{ count: number }>>;
  addSectionItems(input: InSection & AddSectionItemsInput): Promise<ActionResult<{ added: number }>>;
  removeSectionItem(input: InSection & { mediaId: string }): Promise<ActionResult<{ mediaId: string }>>;
  reorderSectionItems(input: InSection & SetSectionItemsInput): Promise<ActionResult<{ count: number }>>;
};
