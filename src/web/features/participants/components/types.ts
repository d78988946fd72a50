/** A connection point as the participant screens need it; the conference page passes its own. */
export type PointOption = { id: string; name: string; hasInternet?: boolean };
