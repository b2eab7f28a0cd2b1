// @vitest-environment jsdom
import { MantineProvider, PasswordInput } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src-renderer/i18n';
import { localisedTheme } from '../../../src-renderer/ui/theme';

function themeFor(locale: 'zh-CN' | 'en-US') {
  const t = createTranslator(locale);
  return localisedTheme({ close: t('common.close'), loading: t('common.loading'), toggleVisibility: t('common.toggleVisibility') });
}

describe('Mantine widgets speak the user language', () => {
  it('the eye button of a passphrase field is named in Chinese, not in Mantine English', () => {
    render(
      <MantineProvider theme={themeFor('zh-CN')}>
        <PasswordInput label="口令" />
      </MantineProvider>,
    );
    expect(screen.getByRole('button', { hidden: true }).getAttribute('aria-label')).toBe('显示或隐藏输入的字符');
    expect(document.body.textContent + (document.body.innerHTML ?? '')).not.toContain('Toggle password visibility');
  });
});
