declare module 'virtual:picture.css';
