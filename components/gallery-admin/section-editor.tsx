"use client";

import { useState } from "react";
import { PhotoPickerDialog, type PickablePhoto } from "./photo-picker-dialog";
import { SectionPhotos, type SectionPhoto } from "./section-photos";
import type { SectionActions } from "./section-actions";

/** The section page's photo grid and the picker it opens. */
export function SectionEditor({
  modelSlug,
  sectionSlug,
  sectionTitle,
  canWrite,
  photos,
  coverId,
  pickable,
  pickableTotal,
  actions,
}: {
  modelSlug: string;
  sectionSlug: string;
  sectionTitle: string;
  canWrite: boolean;
  photos: SectionPhoto[];
  coverId: string | null;
  pickable: PickablePhoto[];
  pickableTotal: number;
  actions: SectionActions;
}) {
  const [picking, setPicking] = useState(false);
  return (
    <>
      <SectionPhotos
        modelSlug={modelSlug}
        sectionSlug={sectionSlug}
        canWrite={canWrite}
        photos={photos}
        coverId={coverId}
        onAdd={canWrite ? () => setPicking(true) : undefined}
        actions={actions}
      />
      {canWrite && (
        <PhotoPickerDialog
          modelSlug={modelSlug}
          sectionSlug={sectionSlug}
          sectionTitle={sectionTitle}
          photos={pickable}
          total={pickableTotal}
          open={picking}
          onClose={() => setPicking(false)}
          actions={actions}
        />
      )}
    </>
  );
}
