import { Component } from '@angular/core';

@Component({
  selector: 'jcw-util',
  imports: [],
  templateUrl: './util.html',
  styleUrl: './util.css',
})
export class Util {}
