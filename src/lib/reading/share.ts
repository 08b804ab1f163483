/** A place a reader can share an article to, without any third-party script. */
export interface ShareTarget {
  network: 'linkedin' | 'x' | 'email';
  label: string;
  href: string;
}

/** Share links for an absolute page URL and its title: LinkedIn, X and email. */
export function shareTargets(url: string, title: string): ShareTarget[] {
  const u = encodeURIComponent(url);
  return [
    { network: 'linkedin', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { network: 'x', label: 'X', href: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(title)}` },
    {
      network: 'email',
      label: 'Email',
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n\n${url}`)}`,
    },
  ];
}
