// Which Markdown files are client notes: the one rule the CLI and the editor share.
import assert from 'node:assert/strict';
import { hasNoteType, isInNotesFolder, isNote } from '../../../src/core/notes/which-notes.js';

const TYPED_EN = '---\ntype: status\n---\n# Weekly update\n';
const TYPED_FR = '---\ntype: incident\nlang: fr\n---\n# Imprévu\n';

describe('which files are notes', () => {
  it('a Markdown file typed in its front matter is a note wherever it is (EN and FR)', () => {
    assert.ok(isNote('docs/update.md', TYPED_EN));
    assert.ok(isNote('imprevu.markdown', TYPED_FR));
  });

  it('an unknown or missing type is not enough outside the notes folder; a README is never a note by place', () => {
    assert.ok(!hasNoteType('---\ntype: blog-post\n---\n# Hello\n'));
    assert.ok(!isNote('README.md', '# My project\n\nWe will ship soon.\n'));
    assert.ok(!isNote('docs/guide.md', '# Guide\n'));
    assert.ok(!isNote('notes/README.md', '# About these notes\n'));
    assert.ok(isNote('notes/README.md', TYPED_EN), 'typed wins');
  });

  it('the notes folder comes from the profile (default "notes"), relative to the workspace', () => {
    assert.ok(isNote('notes/2026-11-20-status.md', '# Point hebdomadaire\n'));
    assert.ok(!isNote('suivi/2026-11-20-status.md', '# Point hebdomadaire\n'));
    assert.ok(isNote('suivi/2026-11-20-status.md', '# Point hebdomadaire\n', 'suivi/'));
    assert.ok(isInNotesFolder('./client/notes/a.md', './client/notes'));
    assert.ok(!isInNotesFolder('notes-old/a.md'));
    assert.ok(!isNote('notes/todo.txt', '# Todo\n'), 'Markdown only');
  });
});
