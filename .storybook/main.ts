import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The demo pages and the built bundle they load, served beside the stories: /demo/...
  staticDirs: [
    { from: '../demo', to: '/demo' },
    { from: '../dist', to: '/dist' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
