import type { OgElement } from '../element';
import * as author from './author';
import * as category from './category';
import * as comparison from './comparison';
import { FRAME_VERSION, type Brand } from './frame';
import * as post from './post';
import * as service from './service';
import * as site from './site';

/** Every card template, by name: a version and a pure `(data, brand) => element` function. */
export const templates = { post, service, comparison, category, author, site };

/** Name of a card template. */
export type TemplateName = keyof typeof templates;

/** The data each template draws. */
export type TemplateData = { [N in TemplateName]: Parameters<(typeof templates)[N]['render']>[0] };

/** A template's version, including the shared frame's, for the image cache key. */
export const templateVersion = (name: TemplateName): string => `${name}@${templates[name].version}.${FRAME_VERSION}`;

/** Draws one card with its template. */
export function renderTemplate<N extends TemplateName>(name: N, data: TemplateData[N], brand: Brand): OgElement {
  return (templates[name].render as (d: TemplateData[N], b: Brand) => OgElement)(data, brand);
}

export type { Brand };
