/**
 * The link that opens the code host's "new file" or "edit file" page, so a region officer's last
 * step is "propose this change". GitHub fills a new file from ?filename=…&value=… (the behaviour
 * Gitea copied: go-gitea/gitea#16556); GitLab takes ?file_name=…&content=…, but its editor may
 * ignore the content (gitlab-org/gitlab#594214), so there the officer pastes it.
 */
export interface VoorstelLink {
  href: string;
  /** Is the content filled in by the link, or must it be pasted? */
  gevuld: boolean;
}

export function voorstelLink(repoUrl: string, pad: string, tekst: string, bestaat: boolean, tak = 'main'): VoorstelLink {
  const basis = repoUrl.replace(/\/+$/, '');
  const gitlab = /gitlab/i.test(new URL(basis).hostname);
  const enc = encodeURIComponent;
  if (bestaat) return { href: gitlab ? `${basis}/-/edit/${tak}/${pad}` : `${basis}/edit/${tak}/${pad}`, gevuld: false };
  return gitlab
    ? { href: `${basis}/-/new/${tak}?file_name=${enc(pad)}&content=${enc(tekst)}`, gevuld: false }
    : { href: `${basis}/new/${tak}?filename=${enc(pad)}&value=${enc(tekst)}`, gevuld: true };
}
