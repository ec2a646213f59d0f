import { Component } from '@angular/core';

@Component({
  selector: 'jcw-ui',
  imports: [],
  templateUrl: './ui.html',
  styleUrl: './ui.css',
})
export class Ui {}
