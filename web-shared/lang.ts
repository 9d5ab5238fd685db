/** The two languages both front ends speak, Danish first. */
export type Lang = 'da' | 'en';
