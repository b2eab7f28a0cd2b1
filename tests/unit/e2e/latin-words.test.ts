import { describe, expect, it } from 'vitest';
import { latinWords } from '../../e2e/data/latin-words';

const words = (text: string) => latinWords(text).map((found) => found.word);

describe('latinWords (the zh-CN screens’ English check)', () => {
  it('reports English words in Chinese text, each once, with the text around it', () => {
    expect(words('恢复预览：managers 2，requirements 1，managers 3')).toEqual(['managers', 'requirements']);
    expect(words('收到时刻 05:52 PM')).toEqual(['PM']);
    expect(words('1 complaints overdue')).toEqual(['complaints', 'overdue']);
    expect(latinWords('按钮：Toggle password visibility')[0]).toEqual({ word: 'Toggle', context: '按钮：Toggle password visibility' });
  });

  it('ignores allowed names, grades, formats, units and keys, in any case', () => {
    expect(words('Airgap CRM 客户等级 AAA、AA、A、B；导出 PDF、CSV、xlsx 或 .xls；大小 12.5 MB，上限 2 GB；简体中文 English')).toEqual([]);
    expect(words('加密交换公钥 (age)')).toEqual([]);
    expect(words('按 Ctrl+K 搜索')).toEqual(['Ctrl']);
  });

  it('ignores codes: ids, hex fingerprints, age keys, department and complaint numbers, the data address', () => {
    expect(
      words(
        [
          '安装编号 01a24fe8-0da2-738e-af05-688734888ded',
          '哈希 3f9a0c77e1b2d4a8',
          '公钥 age17e2lxvznd0hryz4uw4akq27rf3wc6yhpqp938vhsn3jk3h73gvvsgd2gnh',
          '签名公钥指纹 (Ed25519)',
          '编号 TS-KF3-2026-0001，部门代号 KF3，校验值 SHA-256',
          '数据位置 http://127.0.0.1:4422',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('ignores what the test typed itself (the user’s data), and only that', () => {
    expect(words('登录名：zhangwei，auditor')).toEqual(['zhangwei', 'auditor']);
    expect(latinWords('登录名：zhangwei，auditor', ['zhangwei']).map((found) => found.word)).toEqual(['auditor']);
  });

  it('does not take a word for a code because it has digits or hex letters around it', () => {
    expect(words('第 2 版 draft2')).toEqual(['draft']);
    expect(words('编号 ts-kf3-2026')).toEqual(['ts', 'kf']);
    expect(words('deadbeef 是十六进制，dead 不是')).toEqual(['dead']);
    expect(words('Ed25519x')).toEqual(['Ed']);
    expect(words('公钥 age17e2lxvznd0hryz4uw4akq27rf3wc6yhpqp938vhsn3jk3h73gvvsgd2gnhextra')).not.toEqual([]);
  });
});
