import type { Issue } from '../engine/issues.ts';
import { parseLabAddress, type LabLocation } from './location.ts';
import {
	hasOwnWork,
	keepLab,
	keepSavedLab,
	loadLocation,
	sameLocation,
	type StorageLike,
} from './store.ts';

/**
 * What the full lab opens with: the link in the address if there is one, else the reader's saved
 * lab. A link never replaces a saved lab silently: the saved lab is kept aside first (one click
 * brings it back), and a damaged saved lab is kept aside before the autosave writes over it.
 */
export interface Opening {
	/** The location to rebuild; null = the preset's start. */
	location: LabLocation | null;
	/** The location came from storage (its failure is worded as a saved lab's). */
	fromStorage: boolean;
	/** Parts of the link that were ignored. */
	problems: Issue[];
	/** What was saved could not be read; it was kept aside. */
	storageDamaged: boolean;
	/** The reader's saved lab, set aside because a link opened over it. */
	kept: LabLocation | null;
	/** The saved lab could not be set aside (storage refused). */
	keepRefused: boolean;
}

export function chooseOpening(
	address: { search: string; hash: string },
	storage: StorageLike | undefined,
	known: readonly string[],
	initial: string
): Opening {
	const fromUrl = parseLabAddress(address.search, address.hash, known, initial);
	const saved = loadLocation(storage, known);
	const opening: Opening = {
		location: fromUrl?.location ?? null,
		fromStorage: false,
		problems: fromUrl?.problems ?? [],
		storageDamaged: false,
		kept: null,
		keepRefused: false,
	};
	if (saved.kind === 'corrupt') {
		keepSavedLab(storage);
		opening.storageDamaged = true;
	} else if (saved.kind === 'ok') {
		if (opening.location === null) {
			opening.location = saved.location;
			opening.fromStorage = true;
		} else if (hasOwnWork(saved.location) && !sameLocation(saved.location, opening.location)) {
			const kept = keepLab(storage, saved.location);
			if (kept === 'kept') opening.kept = saved.location;
			else opening.keepRefused = true;
		}
	}
	return opening;
}
